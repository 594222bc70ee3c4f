package org.oneplan.catalogue.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.catalogue.api.KnownParticipants;
import org.oneplan.catalogue.api.ParticipantDetails;
import org.oneplan.catalogue.api.ParticipantVault;
import org.oneplan.platform.jdbc.Jdbc;

/**
 * The participants' keys in {@code participant_key}, with plain JDBC: command handlers run on Axon's threads
 * inside the command's JTA transaction, which these statements join, so a key is made or destroyed exactly
 * when the registration or erasure is stored.
 */
@ApplicationScoped
public class JdbcParticipantVault implements ParticipantVault, KnownParticipants {

    private final Jdbc jdbc;
    private final BlindIndex blindIndex;

    JdbcParticipantVault(AgroalDataSource dataSource, BlindIndex blindIndex) {
        this.jdbc = new Jdbc(dataSource);
        this.blindIndex = blindIndex;
    }

    @Override
    public Optional<UUID> registeredAs(String nation, String email) {
        return jdbc.first(
                "SELECT participant_id FROM participant_key WHERE blind_index = ?",
                row -> (UUID) row.getObject(1),
                blindIndex.of(nation, email));
    }

    @Override
    public String sealNew(UUID participantId, String nation, ParticipantDetails details) {
        byte[] key = DetailsCipher.newKey();
        jdbc.update(
                "INSERT INTO participant_key (participant_id, nation, aes_key, blind_index) VALUES (?, ?, ?, ?)",
                participantId,
                nation,
                key,
                blindIndex.of(nation, details.email()));
        return DetailsCipher.seal(key, participantId.toString(), details);
    }

    @Override
    public String seal(UUID participantId, ParticipantDetails details) {
        byte[] key = key(participantId).orElseThrow(() -> new IllegalStateException("no key: erased"));
        return DetailsCipher.seal(key, participantId.toString(), details);
    }

    @Override
    public Optional<ParticipantDetails> open(UUID participantId, String sealedDetails) {
        return key(participantId).map(key -> DetailsCipher.open(key, participantId.toString(), sealedDetails));
    }

    @Override
    public void destroy(UUID participantId) {
        jdbc.update(
                "UPDATE participant_key SET aes_key = NULL, blind_index = NULL, erased_at = now() "
                        + "WHERE participant_id = ?",
                participantId);
    }

    @Override
    public Optional<KnownParticipant> find(UUID participantId) {
        return jdbc.first(
                "SELECT nation, erased_at IS NOT NULL FROM participant_key WHERE participant_id = ?",
                row -> new KnownParticipant(participantId, row.getString(1), row.getBoolean(2)),
                participantId);
    }

    private Optional<byte[]> key(UUID participantId) {
        return jdbc.first(
                "SELECT aes_key FROM participant_key WHERE participant_id = ?", row -> row.getBytes(1), participantId);
    }
}
