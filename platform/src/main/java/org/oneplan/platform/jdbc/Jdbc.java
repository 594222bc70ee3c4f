package org.oneplan.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One statement on a connection of the service's data source, for the plain-JDBC reads and writes that run
 * on Axon's threads (inside a command's JTA transaction, which the connection joins) or beside it.
 */
public final class Jdbc {

    /** Reads one row into a value. */
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first row's value, or empty when there is no row (or the row reads as null). */
    public <T> Optional<T> first(String sql, Row<T> reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = prepared(connection, sql, parameters);
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.ofNullable(reader.read(row)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read: " + sql, e);
        }
    }

    /** Runs an insert, update or delete; returns the rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write: " + sql, e);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
