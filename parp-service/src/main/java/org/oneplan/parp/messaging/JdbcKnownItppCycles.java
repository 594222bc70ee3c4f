package org.oneplan.parp.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.parp.api.KnownItppCycles;

/**
 * Reads the ITPPs {@link ParpCycleOpenings} remembers with plain JDBC on purpose: command handlers run on
 * Axon's threads, where the reactive client must not be used.
 */
@ApplicationScoped
public class JdbcKnownItppCycles implements KnownItppCycles {

    private final AgroalDataSource dataSource;

    JdbcKnownItppCycles(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<KnownItppCycle> find(UUID itppId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT partner_id, cycle_start_year FROM itpp_cycle WHERE itpp_id = ?")) {
            select.setObject(1, itppId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new KnownItppCycle(itppId, row.getObject(1, UUID.class), row.getInt(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ITPPs seen drafted", e);
        }
    }
}
