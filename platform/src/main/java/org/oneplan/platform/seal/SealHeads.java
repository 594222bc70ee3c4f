package org.oneplan.platform.seal;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.oneplan.platform.jdbc.Jdbc;

/** The relay's chain head (what is published) and the last seal made over it, in the service's database. */
@ApplicationScoped
public class SealHeads {

    /** The published chain: {@code events} events ending at {@code head}. */
    public record Published(String head, long events) {}

    /** The last seal made: its hash, the count it covers, when. */
    public record Sealed(String sealHash, long events, Instant sealedAt) {}

    private final Jdbc jdbc;

    SealHeads(AgroalDataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<Published> published(String topic) {
        return jdbc.first(
                "SELECT head_hash, published FROM relay_chain_head WHERE topic = ?",
                row -> new Published(row.getString(1), row.getLong(2)),
                topic);
    }

    public Optional<Sealed> sealed(String topic) {
        return jdbc.first(
                "SELECT seal_hash, events, sealed_at FROM audit_seal_head WHERE topic = ?",
                row -> new Sealed(
                        row.getString(1), row.getLong(2), row.getTimestamp(3).toInstant()),
                topic);
    }

    void recordSealed(String topic, ChainSeal seal) {
        jdbc.update(
                "INSERT INTO audit_seal_head (topic, seal_hash, events, sealed_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (topic) DO UPDATE SET seal_hash = EXCLUDED.seal_hash, "
                        + "events = EXCLUDED.events, sealed_at = EXCLUDED.sealed_at",
                topic,
                seal.sealHash(),
                seal.events(),
                Timestamp.from(seal.sealedAt()));
    }
}
