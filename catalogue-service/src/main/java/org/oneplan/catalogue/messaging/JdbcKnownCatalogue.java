package org.oneplan.catalogue.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.catalogue.api.KnownCatalogue;

/**
 * Reads the catalogue's read models with plain JDBC on purpose: command handlers run on Axon's
 * threads, where the reactive client must not be used. A discipline defined a moment ago may not be known
 * yet; the refusal says so and the caller tries again.
 */
@ApplicationScoped
public class JdbcKnownCatalogue implements KnownCatalogue {

    private final AgroalDataSource dataSource;

    JdbcKnownCatalogue(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Boolean> disciplineActive(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT active FROM discipline WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBoolean(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the disciplines", e);
        }
    }

    @Override
    public Optional<String> institutionNation(UUID institutionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT nation FROM offering_institution WHERE id = ?")) {
            select.setObject(1, institutionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the offering institutions", e);
        }
    }

    @Override
    public List<UUID> approvedIn(int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM catalogue_event WHERE year = ? AND status = 'APPROVED' ORDER BY title, id")) {
            select.setInt(1, year);
            List<UUID> approved = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    approved.add(rows.getObject(1, UUID.class));
                }
            }
            return approved;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalogue's events", e);
        }
    }
}
