package org.oneplan.catalogue.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.catalogue.api.KnownParticipants;
import org.oneplan.catalogue.api.ParticipantDetails;
import org.oneplan.catalogue.api.ParticipantVault;

/**
 * The participants' keys in {@code participant_key}, with plain JDBC: command handlers run on Axon's threads
 * inside the command's JTA transaction, which these statements join, so a key is made or destroyed exactly
 * when the registration or erasure is stored.
 */
@ApplicationScoped
public class JdbcParticipantVault implements ParticipantVault, KnownParticipants {

    private final AgroalDataSource dataSource;
    private final BlindIndex blindIndex;

    JdbcParticipantVault(AgroalDataSource dataSource, BlindIndex blindIndex) {
        this.dataSource = dataSource;
        this.blindIndex = blindIndex;
    }

    @Override
    public Optional<UUID> registeredAs(String nation, String email) {
        return query(
                "SELECT participant_id FROM participant_key WHERE blind_index = ?", blindIndex.of(nation, email), row ->
                        (UUID) row.getObject(1));
    }

    @Override
    public String sealNew(UUID participantId, String nation, ParticipantDetails details) {
        byte[] key = DetailsCipher.newKey();
        update(
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
        update(
                "UPDATE participant_key SET aes_key = NULL, blind_index = NULL, erased_at = now() "
                        + "WHERE participant_id = ?",
                participantId);
    }

    @Override
    public Optional<KnownParticipant> find(UUID participantId) {
        return query(
                "SELECT nation, erased_at IS NOT NULL FROM participant_key WHERE participant_id = ?",
                participantId,
                row -> new KnownParticipant(participantId, row.getString(1), row.getBoolean(2)));
    }

    private Optional<byte[]> key(UUID participantId) {
        return query(
                        "SELECT aes_key FROM participant_key WHERE participant_id = ?",
                        participantId,
                        row -> Optional.ofNullable(row.getBytes(1)))
                .flatMap(key -> key);
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> Optional<T> query(String sql, Object parameter, Row<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(reader.read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the participants' keys", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the participants' keys", e);
        }
    }
}
