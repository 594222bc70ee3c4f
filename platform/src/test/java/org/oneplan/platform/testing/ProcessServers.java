package org.oneplan.platform.testing;

import java.util.List;
import org.oneplan.infra.FreePorts;
import org.oneplan.infra.LocalKafka;
import org.oneplan.infra.LocalPostgres;

/** PostgreSQL from embedded binaries and a Kafka broker process, on free loopback ports. */
final class ProcessServers implements TestServers {

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final String database;

    private ProcessServers(LocalPostgres postgres, LocalKafka kafka, String database) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.database = database;
    }

    static ProcessServers start(String database) throws Exception {
        LocalPostgres postgres = LocalPostgres.start(OnePlanInfrastructure.ROOT.resolve("postgres"), 0);
        try {
            postgres.createDatabases(List.of(database));
            LocalKafka kafka =
                    new LocalKafka(OnePlanInfrastructure.ROOT.resolve("kafka"), FreePorts.next(), FreePorts.next());
            kafka.start();
            return new ProcessServers(postgres, kafka, database);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
    }

    @Override
    public String jdbcUrl() {
        return postgres.jdbcUrl(database);
    }

    @Override
    public String reactiveUrl() {
        return postgres.reactiveUrl(database);
    }

    @Override
    public String user() {
        return LocalPostgres.USER;
    }

    @Override
    public String password() {
        return LocalPostgres.PASSWORD;
    }

    @Override
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String brokerHandle() {
        return "process:" + kafka.home();
    }

    @Override
    public void stop() throws Exception {
        try {
            kafka.stop();
        } finally {
            postgres.close();
        }
    }
}
