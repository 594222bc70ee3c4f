package org.oneplan.platform.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Testcontainers' PostgreSQL and Apache Kafka (KRaft) modules, for machines with a container engine. */
final class ContainerServers implements TestServers {

    /** The same major versions the project runs without containers. */
    private static final String POSTGRES_IMAGE = "postgres:17-alpine";

    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    private ContainerServers(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static ContainerServers start(String database) {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE).withDatabaseName(database);
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        postgres.start();
        kafka.start();
        return new ContainerServers(postgres, kafka);
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl();
    }

    @Override
    public String reactiveUrl() {
        return "postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/"
                + postgres.getDatabaseName();
    }

    @Override
    public String user() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String brokerHandle() {
        return "container:" + kafka.getContainerId();
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
    }
}
