package org.oneplan.infra;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/** One database per service: created when missing, on the embedded server or an external one alike. */
public final class PostgresDatabases {

    private PostgresDatabases() {}

    /** Creates each database that does not exist yet, through a connection to any database of the server. */
    public static void createMissing(Connection connection, Collection<String> databases) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String database : databases) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + database);
                }
                try (ResultSet exists =
                        statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (exists.next()) {
                        continue;
                    }
                }
                statement.execute("CREATE DATABASE " + database);
            }
        }
    }
}
