package org.oneplan.itpp.directory;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.itpp.command.PartnerDirectory;

/**
 * The command side's view of the partner directory and Ally roster that the projections keep in this
 * service's own database. Plain JDBC on purpose: command handlers run on Axon's threads, where the
 * reactive client must not be used.
 */
@ApplicationScoped
public class JdbcPartnerDirectory implements PartnerDirectory {

    private final AgroalDataSource dataSource;

    JdbcPartnerDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<KnownPartner> find(UUID partnerId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT code, suspended FROM known_partner WHERE id = ?")) {
            select.setObject(1, partnerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new KnownPartner(partnerId, row.getString(1), row.getBoolean(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the partner directory", e);
        }
    }

    /** The Allies on the roster on {@code day}, by code. */
    public List<String> alliesOn(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT code FROM ally_roster WHERE accession_date <= ? ORDER BY code")) {
            select.setDate(1, Date.valueOf(day));
            List<String> allies = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    allies.add(rows.getString(1));
                }
            }
            return allies;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the Ally roster", e);
        }
    }
}
