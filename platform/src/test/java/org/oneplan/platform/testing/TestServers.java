package org.oneplan.platform.testing;

import java.util.Locale;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;

/**
 * The PostgreSQL server and Kafka broker the tests run against: real processes started from Maven Central
 * binaries on a machine without a container engine, or Testcontainers' modules where one exists. The one
 * seam between the two; every test runs unchanged on either.
 */
interface TestServers {

    /** {@code ONEPLAN_TEST_SERVERS} (environment) or {@code oneplan.test-servers} (system property). */
    String CHOICE = "ONEPLAN_TEST_SERVERS";

    String jdbcUrl();

    String reactiveUrl();

    String user();

    String password();

    String bootstrapServers();

    /** What a test needs to take the broker away and bring it back ({@link Broker}). */
    String brokerHandle();

    /** Stops both servers; their data go with them. */
    void stop() throws Exception;

    /** Starts the servers of the chosen kind: {@code processes}, {@code containers}, or {@code auto} (default). */
    static TestServers start(String database) throws Exception {
        String choice = System.getProperty(
                        "oneplan.test-servers", System.getenv().getOrDefault(CHOICE, "auto"))
                .toLowerCase(Locale.ROOT);
        boolean containers = switch (choice) {
            case "containers" -> true;
            case "processes" -> false;
            default -> DockerClientFactory.instance().isDockerAvailable();
        };
        Logger.getLogger(TestServers.class)
                .infof(
                        "Test servers: %s (%s=%s)",
                        containers
                                ? "Testcontainers (PostgreSQL and Kafka in containers)"
                                : "real PostgreSQL and Kafka processes",
                        CHOICE,
                        choice);
        return containers ? ContainerServers.start(database) : ProcessServers.start(database);
    }
}
