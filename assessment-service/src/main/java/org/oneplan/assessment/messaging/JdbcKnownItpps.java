package org.oneplan.assessment.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.platform.projection.Json;

/**
 * Reads the ITPP view ({@link ItppAssessmentOpenings} keeps it) with plain JDBC on purpose: command
 * handlers run on Axon's threads, where the reactive client must not be used.
 */
@ApplicationScoped
public class JdbcKnownItpps implements KnownItpps {

    private final AgroalDataSource dataSource;

    JdbcKnownItpps(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<KnownItpp> find(UUID itppId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT content FROM itpp_view WHERE itpp_id = ?")) {
            select.setObject(1, itppId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ItppView view = Json.read(row.getString(1), ItppView.class);
                return Optional.of(new KnownItpp(
                        view.itppId(),
                        view.partnerId(),
                        view.partnerCode(),
                        view.cycleStartYear(),
                        view.objectives(),
                        view.baseline(),
                        view.goals().stream()
                                .collect(Collectors.toMap(ItppView.Goal::goalId, ItppView.Goal::indicators))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ITPP view", e);
        }
    }
}
