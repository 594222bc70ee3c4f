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
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
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

/**
 * Deadlines are kept in PostgreSQL and fire by the injected clock, also after a restart; what they cause
 * names a system actor.
 */
class PersistentDeadlinesTest {

    private static final Duration CALENDAR_YEAR = Duration.ofDays(365);

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

    @Test
    void what_a_deadline_causes_names_a_system_actor_with_the_correlation_id_of_the_command_that_scheduled_it() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
        String id = UUID.randomUUID().toString();
        Configuration configuration = start(clock);
        try {
            configuration
                    .commandGateway()
                    .sendAndWait(GenericCommandMessage.asCommandMessage(
                                    new CirculateCommand(id, clock.instant().plus(Duration.ofDays(10))))
                            .andMetaData(Map.of(
                                    AuditMetadata.ACTOR, "staff-officer",
                                    AuditMetadata.ACTOR_ROLE, "staff",
                                    AuditMetadata.ACTOR_NATION, "NOR",
                                    AuditMetadata.CORRELATION_ID, "circulation-request",
                                    AuditMetadata.REASON, "ready for the Allies")));

            clock.advance(Duration.ofDays(11));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> eventsOf(configuration, id).size() == 2);
            clock.advance(CALENDAR_YEAR);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> eventsOf(configuration, id).size() == 3);

            List<DomainEventMessage<?>> events = stored(configuration, id);
            MetaData circulated = events.get(0).getMetaData();
            assertThat(circulated)
                    .containsEntry(AuditMetadata.ACTOR, "staff-officer")
                    .containsEntry(AuditMetadata.CORRELATION_ID, "circulation-request");

            SilenceEnded silenceEnded = (SilenceEnded) events.get(1).getPayload();
            assertThat(events.get(1).getMetaData())
                    .containsEntry(AuditMetadata.ACTOR, "system:silence-ends")
                    .containsEntry(AuditMetadata.ACTOR_ROLE, "system")
                    .containsEntry(AuditMetadata.CORRELATION_ID, "circulation-request")
                    .containsEntry(AuditMetadata.CAUSATION_ID, silenceEnded.deadlineMessageId())
                    .doesNotContainKeys(AuditMetadata.ACTOR_NATION, AuditMetadata.REASON);
            assertThat(silenceEnded.deadlineMessageId()).isNotEqualTo(circulated.get(AuditMetadata.CAUSATION_ID));

            CycleYearBegan yearBegan = (CycleYearBegan) events.get(2).getPayload();
            assertThat(events.get(2).getMetaData())
                    .containsEntry(AuditMetadata.ACTOR, "system:cycle-year-begins")
                    .containsEntry(AuditMetadata.ACTOR_ROLE, "system")
                    .containsEntry(AuditMetadata.CORRELATION_ID, "circulation-request")
                    .containsEntry(AuditMetadata.CAUSATION_ID, yearBegan.deadlineMessageId())
                    .doesNotContainKeys(AuditMetadata.ACTOR_NATION, AuditMetadata.REASON);
        } finally {
            configuration.shutdown();
        }
    }

    private static Configuration start(Clock clock) {
        DefaultConfigurer configurer = (DefaultConfigurer) DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> Serializers.events())
                .configureCorrelationDataProviders(c -> List.of(new AuditCorrelationDataProvider()))
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
        return stored(configuration, id).stream()
                .map(event -> event.getPayloadType().getSimpleName())
                .toList();
    }

    private static List<DomainEventMessage<?>> stored(Configuration configuration, String id) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        configuration.eventStore().readEvents(id, 0).forEachRemaining(events::add);
        return events;
    }

    record CirculateCommand(@TargetAggregateIdentifier String id, Instant silenceEnds) {}

    record Circulated(String id, Instant silenceEnds) {}

    record SilenceEnded(String id, String deadlineMessageId) {}

    record CycleYearBegan(String id, String deadlineMessageId) {}

    /** A silence procedure that, once silence ends, starts a calendar: a deadline scheduled by a deadline. */
    static class Procedure {

        @AggregateIdentifier
        private String id;

        private Instant silenceEnds;

        Procedure() {}

        @CommandHandler
        Procedure(CirculateCommand command, DeadlineManager deadlines) {
            AggregateLifecycle.apply(new Circulated(command.id(), command.silenceEnds()));
            deadlines.schedule(command.silenceEnds(), "silence-ends");
        }

        @DeadlineHandler(deadlineName = "silence-ends")
        void silenceEnds(DeadlineMessage<?> deadline, DeadlineManager deadlines) {
            AggregateLifecycle.apply(new SilenceEnded(id, deadline.getIdentifier()));
            deadlines.schedule(silenceEnds.plus(CALENDAR_YEAR), "cycle-year-begins");
        }

        @DeadlineHandler(deadlineName = "cycle-year-begins")
        void cycleYearBegins(DeadlineMessage<?> deadline) {
            AggregateLifecycle.apply(new CycleYearBegan(id, deadline.getIdentifier()));
        }

        @EventSourcingHandler
        void on(Circulated event) {
            id = event.id();
            silenceEnds = event.silenceEnds();
        }
    }
}
