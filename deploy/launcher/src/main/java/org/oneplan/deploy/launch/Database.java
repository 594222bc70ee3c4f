package org.oneplan.deploy.launch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.oneplan.infra.LocalPostgres;
import org.oneplan.infra.PostgresDatabases;

/** Where the services' databases live: the embedded server or an external one. */
record Database(String host, int port, String user, String password) {

    static Database embedded(LocalPostgres postgres) {
        return new Database("127.0.0.1", postgres.port(), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }

    static Database external(String host, int port, String user, String password) {
        return new Database(host, port, user, password);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    String describe() {
        return host + ":" + port + " (user " + user + ")";
    }

    void createDatabases(List<String> databases) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            PostgresDatabases.createMissing(connection, databases);
        }
    }
}
