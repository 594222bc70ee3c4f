package org.oneplan.assessment.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.assessment.api.KnownAnps;
import org.oneplan.platform.projection.Json;

/** Reads the ANP view with plain JDBC: command handlers run on Axon's threads (see JdbcKnownItpps). */
@ApplicationScoped
public class JdbcKnownAnps implements KnownAnps {

    private final AgroalDataSource dataSource;

    JdbcKnownAnps(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<KnownAnp> find(UUID anpId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT content FROM anp_view WHERE anp_id = ?")) {
            select.setObject(1, anpId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                AnpView view = Json.read(row.getString(1), AnpView.class);
                return Optional.of(new KnownAnp(
                        view.anpId(), view.partnerId(), view.partnerCode(), view.year(), view.submitted()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ANP view", e);
        }
    }
}
