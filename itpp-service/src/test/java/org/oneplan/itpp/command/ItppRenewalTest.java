package org.oneplan.itpp.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.itpp.ItppCarriedOverEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.NextCycleRecommendationsReceivedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.itpp.api.ItppCommands.AddGoalCommand;
import org.oneplan.itpp.api.ItppCommands.AddObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.DraftItppCommand;
import org.oneplan.itpp.api.ItppCommands.Recommended;
import org.oneplan.itpp.api.ItppCommands.RenewFromAssessmentCommand;
import org.oneplan.itpp.api.ItppCommands.RenewItppCommand;
import org.oneplan.itpp.api.ItppCommands.Renewed;
import org.oneplan.itpp.api.ItppIds;
import org.oneplan.platform.axon.Serializers;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.KnownPartners;
import org.oneplan.platform.testing.InMemoryKnownPartners;

/**
 * The renewal handler as the service wires it ({@link ItppModule}), on Axon's in-memory event store: it
 * reads the previous ITPP and starts the next one in the same unit of work.
 */
class ItppRenewalTest {

    private static final UUID GEORGIA = UUID.fromString("b2b2b2b2-0000-4000-8000-000000000002");
    private static final UUID PREVIOUS = ItppIds.of(GEORGIA, 2026);
    private static final UUID NEXT = ItppIds.of(GEORGIA, 2030);
    private static final UUID OBJECTIVE = UUID.fromString("d4d4d4d4-0000-4000-8000-000000000004");
    private static final UUID GOAL = UUID.fromString("e5e5e5e5-0000-4000-8000-000000000005");

    private Configuration axon;

    @BeforeEach
    void start() {
        KnownPartners partners = new InMemoryKnownPartners().with(KnownPartner.of(GEORGIA, "GEO", false));
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> Serializers.events())
                .configureEventSerializer(c -> Serializers.events())
                .configureMessageSerializer(c -> Serializers.events())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .registerComponent(KnownPartners.class, c -> partners);
        new ItppModule().configure(configurer);
        axon = configurer.buildConfiguration();
        axon.start();
        send(new DraftItppCommand(PREVIOUS, GEORGIA, 2026));
        send(new AddObjectiveCommand(PREVIOUS, null, OBJECTIVE, "Interoperable forces", null, "Units certified"));
        send(new AddGoalCommand(
                PREVIOUS,
                null,
                GOAL,
                "Deployable battalion",
                "A battalion certified",
                "Contributes to operations",
                List.of(OBJECTIVE),
                List.of(new Milestone(UUID.randomUUID(), "Level 1", LocalDate.of(2027, 6, 30))),
                List.of()));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private <R> R send(Object command) {
        return axon.commandGateway().sendAndWait(command);
    }

    @Test
    void drafts_the_next_cycle_from_what_the_previous_itpp_recorded_and_answers_its_version() {
        Renewed renewed = send(new RenewItppCommand(PREVIOUS, List.of(GOAL)));

        assertThat(renewed).isEqualTo(new Renewed(NEXT, 3));
        UUID objective = ItppIds.carriedOver(NEXT, OBJECTIVE);
        assertThat(axon.eventStore().readEvents(NEXT.toString()).asStream().map(event -> (Object) event.getPayload()))
                .containsExactly(
                        new ItppDraftedEvent(NEXT, GEORGIA, "GEO", 2030),
                        new ItppCarriedOverEvent(NEXT, PREVIOUS, List.of(GOAL)),
                        new StrategicObjectiveAddedEvent(
                                NEXT, objective, "Interoperable forces", null, "Units certified"),
                        new PartnershipGoalAddedEvent(
                                NEXT,
                                ItppIds.carriedOver(NEXT, GOAL),
                                "Deployable battalion",
                                "A battalion certified",
                                "Contributes to operations",
                                List.of(objective),
                                List.of(),
                                List.of()));
    }

    @Test
    void an_end_of_cycle_assessment_drafts_the_next_cycle_with_its_current_goals_and_its_recommendation() {
        UUID withdrawnSince = UUID.randomUUID();
        Recommended recommended = new Recommended(
                UUID.randomUUID(), "Keep the land focus", List.of("Maritime awareness"), List.of("Coastal radar"));

        Renewed renewed = send(new RenewFromAssessmentCommand(PREVIOUS, List.of(GOAL, withdrawnSince), recommended));

        assertThat(renewed).isEqualTo(new Renewed(NEXT, 4));
        assertThat(axon.eventStore().readEvents(NEXT.toString()).asStream().map(event -> (Object) event.getPayload()))
                .contains(
                        new ItppCarriedOverEvent(NEXT, PREVIOUS, List.of(GOAL)),
                        new NextCycleRecommendationsReceivedEvent(
                                NEXT,
                                recommended.assessmentId(),
                                "Keep the land focus",
                                List.of("Maritime awareness"),
                                List.of("Coastal radar")));
    }

    @Test
    void refuses_to_renew_an_itpp_that_does_not_exist() {
        assertThatThrownBy(() -> send(new RenewItppCommand(UUID.randomUUID(), List.of(GOAL))))
                .isInstanceOf(AggregateNotFoundException.class);
    }
}
