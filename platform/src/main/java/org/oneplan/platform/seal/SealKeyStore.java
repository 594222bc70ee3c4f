package org.oneplan.platform.seal;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The service's seal key, made on its first start and kept in its own database, outside the event store
 * and the topics. Whoever can write that database can sign new seals, but cannot change the seals already
 * on the topic, which an inspector keeps; a deployment that wants more keeps the key in an HSM or a
 * secrets store (a change of this class alone).
 */
@ApplicationScoped
public class SealKeyStore {

    private final AgroalDataSource dataSource;
    private volatile SealKey key;

    SealKeyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public SealKey key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrMake();
                }
            }
        }
        return key;
    }

    private SealKey loadOrMake() {
        try (Connection connection = dataSource.getConnection()) {
            SealKey made = SealKey.generate();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_seal_key (id, private_key, public_key) VALUES (1, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setBytes(1, made.privateEncoded());
                insert.setBytes(2, made.publicEncoded());
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT private_key, public_key FROM audit_seal_key WHERE id = 1");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return SealKey.of(row.getBytes(1), row.getBytes(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or make the seal key", e);
        }
    }
}
