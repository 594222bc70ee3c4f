package org.oneplan.assessment.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.assessment.api.KnownParpCycles;
import org.oneplan.platform.projection.Json;

/** Reads the PARP cycle view with plain JDBC: command handlers run on Axon's threads (see JdbcKnownItpps). */
@ApplicationScoped
public class JdbcKnownParpCycles implements KnownParpCycles {

    private final AgroalDataSource dataSource;

    JdbcKnownParpCycles(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<KnownParpCycle> find(UUID parpCycleId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT content FROM parp_cycle_view WHERE parp_cycle_id = ?")) {
            select.setObject(1, parpCycleId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ParpCycleView view = Json.read(row.getString(1), ParpCycleView.class);
                return Optional.of(new KnownParpCycle(
                        view.parpCycleId(),
                        view.partnerId(),
                        view.partnerCode(),
                        view.startYear(),
                        view.itppId(),
                        view.goals()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the PARP cycle view", e);
        }
    }
}
