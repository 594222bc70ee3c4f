package org.oneplan.platform.seal;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The relay's chain head (what is published) and the last seal made over it, in the service's database. */
@ApplicationScoped
public class SealHeads {

    /** The published chain: {@code events} events ending at {@code head}. */
    public record Published(String head, long events) {}

    /** The last seal made: its hash, the count it covers, when. */
    public record Sealed(String sealHash, long events, Instant sealedAt) {}

    private final AgroalDataSource dataSource;

    SealHeads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Published> published(String topic) {
        return query(
                "SELECT head_hash, published FROM relay_chain_head WHERE topic = ?",
                topic,
                row -> new Published(row.getString(1), row.getLong(2)));
    }

    public Optional<Sealed> sealed(String topic) {
        return query(
                "SELECT seal_hash, events, sealed_at FROM audit_seal_head WHERE topic = ?",
                topic,
                row -> new Sealed(
                        row.getString(1), row.getLong(2), row.getTimestamp(3).toInstant()));
    }

    void recordSealed(String topic, ChainSeal seal) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(
                        "INSERT INTO audit_seal_head (topic, seal_hash, events, sealed_at) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT (topic) DO UPDATE SET seal_hash = EXCLUDED.seal_hash, "
                                + "events = EXCLUDED.events, sealed_at = EXCLUDED.sealed_at")) {
            upsert.setString(1, topic);
            upsert.setString(2, seal.sealHash());
            upsert.setLong(3, seal.events());
            upsert.setTimestamp(4, Timestamp.from(seal.sealedAt()));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the seal head", e);
        }
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> Optional<T> query(String sql, String topic, Row<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, topic);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + sql, e);
        }
    }
}
