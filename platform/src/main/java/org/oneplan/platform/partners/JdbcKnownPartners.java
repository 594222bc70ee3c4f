package org.oneplan.platform.partners;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.Programme;

/**
 * Reads the partner view with plain JDBC on purpose: command handlers run on Axon's threads, where the
 * reactive client must not be used.
 */
@ApplicationScoped
@IfBuildProperty(name = KnownPartnersModule.SWITCH, stringValue = "true")
public class JdbcKnownPartners implements KnownPartners {

    private final AgroalDataSource dataSource;

    JdbcKnownPartners(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<KnownPartner> find(UUID partnerId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT code, suspended, frameworks,"
                        + " programmes, membership_action_plan FROM known_partner WHERE id = ?")) {
            select.setObject(1, partnerId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new KnownPartner(
                        partnerId,
                        row.getString(1),
                        row.getBoolean(2),
                        names(row.getString(3), Framework::valueOf),
                        names(row.getString(4), Programme::valueOf),
                        row.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the partner view", e);
        }
    }

    @Override
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

    private static <E extends Enum<E>> Set<E> names(String spaced, Function<String, E> parse) {
        return spaced == null || spaced.isBlank()
                ? Set.of()
                : Arrays.stream(spaced.split(" ")).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
