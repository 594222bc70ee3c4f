package org.oneplan.partner.rest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Looks straight into the service's event store table, as an operator with psql would. */
@ApplicationScoped
public class EventStoreProbe {

    private final AgroalDataSource dataSource;

    EventStoreProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored event row: aggregate, sequence, payload type and event id. */
    public record Row(String aggregateId, long sequence, String payloadType, String eventId) {}

    public long count() {
        return rows(null).size();
    }

    public List<Row> rows(String aggregateId) {
        String sql = "SELECT aggregateidentifier, sequencenumber, payloadtype, eventidentifier FROM domainevententry"
                + (aggregateId == null ? "" : " WHERE aggregateidentifier = ?") + " ORDER BY globalindex";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (aggregateId != null) {
                statement.setString(1, aggregateId);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getLong(2), result.getString(3), result.getString(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
