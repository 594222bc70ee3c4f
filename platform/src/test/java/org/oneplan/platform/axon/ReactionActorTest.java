package org.oneplan.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** What the service does in reaction to an event names a system actor, not the person who caused the event. */
class ReactionActorTest {

    @Test
    void events_caused_by_reacting_to_an_event_name_a_system_actor_with_the_original_correlation_id() {
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureCorrelationDataProviders(c -> List.of(new AuditCorrelationDataProvider()))
                .configureAggregate(Dossier.class)
                .registerEventHandler(c -> new ClosesOpenedDossiers(c.commandGateway()))
                .buildConfiguration();
        configuration.start();
        String id = UUID.randomUUID().toString();
        try {
            configuration
                    .commandGateway()
                    .sendAndWait(GenericCommandMessage.asCommandMessage(new OpenCommand(id))
                            .andMetaData(Map.of(
                                    AuditMetadata.ACTOR, "staff-officer",
                                    AuditMetadata.ACTOR_ROLE, "staff",
                                    AuditMetadata.ACTOR_NATION, "NOR",
                                    AuditMetadata.CORRELATION_ID, "opening-request",
                                    AuditMetadata.REASON, "new dossier")));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> stored(configuration, id).size() == 2);

            List<DomainEventMessage<?>> events = stored(configuration, id);
            assertThat(events.get(0).getMetaData()).containsEntry(AuditMetadata.ACTOR, "staff-officer");
            assertThat(events.get(1).getPayload()).isInstanceOf(ClosedEvent.class);
            assertThat(events.get(1).getMetaData())
                    .containsEntry(AuditMetadata.ACTOR, "system:reaction:Opened")
                    .containsEntry(AuditMetadata.ACTOR_ROLE, "system")
                    .containsEntry(AuditMetadata.CORRELATION_ID, "opening-request")
                    .doesNotContainKeys(AuditMetadata.ACTOR_NATION, AuditMetadata.REASON)
                    .containsKey(AuditMetadata.CAUSATION_ID);
            assertThat(events.get(1).getMetaData().get(AuditMetadata.CAUSATION_ID))
                    .isNotEqualTo(events.get(0).getMetaData().get(AuditMetadata.CAUSATION_ID));
        } finally {
            configuration.shutdown();
        }
    }

    private static List<DomainEventMessage<?>> stored(Configuration configuration, String id) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        configuration.eventStore().readEvents(id, 0).forEachRemaining(events::add);
        return events;
    }

    record OpenCommand(@TargetAggregateIdentifier String id) {}

    record CloseCommand(@TargetAggregateIdentifier String id) {}

    record OpenedEvent(String id) {}

    record ClosedEvent(String id) {}

    static class Dossier {

        @AggregateIdentifier
        private String id;

        Dossier() {}

        @CommandHandler
        Dossier(OpenCommand command) {
            AggregateLifecycle.apply(new OpenedEvent(command.id()));
        }

        @CommandHandler
        void handle(CloseCommand command) {
            AggregateLifecycle.apply(new ClosedEvent(id));
        }

        @EventSourcingHandler
        void on(OpenedEvent event) {
            id = event.id();
        }
    }

    /** A policy of the kind sagas and cross-aggregate reactions are: an event in, a command out. */
    static class ClosesOpenedDossiers {

        private final CommandGateway commands;

        ClosesOpenedDossiers(CommandGateway commands) {
            this.commands = commands;
        }

        @EventHandler
        void on(OpenedEvent event) {
            commands.sendAndWait(new CloseCommand(event.id()));
        }
    }
}
