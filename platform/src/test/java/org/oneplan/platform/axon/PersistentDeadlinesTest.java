package org.oneplan.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oneplan.infra.LocalPostgres;
import org.oneplan.platform.testing.MovableClock;
import org.postgresql.ds.PGSimpleDataSource;

/** Deadlines are kept in PostgreSQL and fire by the injected clock, also after a restart. */
class PersistentDeadlinesTest {

    private static LocalPostgres postgres;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void startPostgres() throws Exception {
        Path data = Files.createTempDirectory("oneplan-deadlines");
        postgres = LocalPostgres.start(data, 0);
        postgres.createDatabases(List.of("deadlines"));
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl("deadlines"));
        dataSource.setUser(LocalPostgres.USER);
        dataSource.setPassword(LocalPostgres.PASSWORD);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/platform")
                .load()
                .migrate();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void a_deadline_scheduled_before_a_restart_fires_after_it_when_the_clock_passes_it() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
        String id = UUID.randomUUID().toString();

        Configuration before = start(clock);
        before.commandGateway()
                .sendAndWait(new CirculateCommand(id, clock.instant().plus(Duration.ofDays(10))));
        before.shutdown();

        Configuration after = start(clock);
        try {
            clock.advance(Duration.ofDays(9));
            assertThat(eventsOf(after, id)).containsExactly("Circulated");

            clock.advance(Duration.ofDays(2));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> eventsOf(after, id).size() == 2);
            assertThat(eventsOf(after, id)).containsExactly("Circulated", "SilenceEnded");
        } finally {
            after.shutdown();
        }
    }

    private static Configuration start(Clock clock) {
        DefaultConfigurer configurer = (DefaultConfigurer) DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> Serializers.events())
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(dataSource::getConnection)
                        .transactionManager(c.getComponent(
                                org.axonframework.common.transaction.TransactionManager.class,
                                org.axonframework.common.transaction.NoTransactionManager::instance))
                        .eventSerializer(Serializers.events())
                        .snapshotSerializer(Serializers.events())
                        .build())
                .configureAggregate(Procedure.class);
        PersistentDeadlines.configure(configurer, dataSource, clock, Duration.ofMillis(200));
        Configuration configuration = configurer.buildConfiguration();
        configuration.start();
        return configuration;
    }

    private static List<String> eventsOf(Configuration configuration, String id) {
        List<String> names = new ArrayList<>();
        configuration
                .eventStore()
                .readEvents(id, 0)
                .forEachRemaining(
                        event -> names.add(event.getPayload() instanceof Circulated ? "Circulated" : "SilenceEnded"));
        return names;
    }

    record CirculateCommand(@TargetAggregateIdentifier String id, Instant silenceEnds) {}

    record Circulated(String id) {}

    record SilenceEnded(String id) {}

    static class Procedure {

        @AggregateIdentifier
        private String id;

        Procedure() {}

        @CommandHandler
        Procedure(CirculateCommand command, DeadlineManager deadlines) {
            AggregateLifecycle.apply(new Circulated(command.id()));
            deadlines.schedule(command.silenceEnds(), "silence-ends");
        }

        @DeadlineHandler(deadlineName = "silence-ends")
        void silenceEnds() {
            AggregateLifecycle.apply(new SilenceEnded(id));
        }

        @EventSourcingHandler
        void on(Circulated event) {
            id = event.id();
        }
    }
}
