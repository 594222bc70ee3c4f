package org.oneplan.itpp.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneplan.itpp.command.MarkedEvents.allMarked;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.itpp.api.ItppCommands.AddObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.CarriedGoal;
import org.oneplan.itpp.api.ItppCommands.CarriedObjective;
import org.oneplan.itpp.api.ItppCommands.CirculateItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftNextCycleCommand;
import org.oneplan.itpp.api.ItppIds;
import org.oneplan.platform.axon.Serializers;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.testing.InMemoryKnownPartners;

/** How an ITPP is recorded: the marking of its events, its snapshots, and what a renewal carries over. */
class ItppRecordTest {

    private static final UUID GEORGIA = UUID.fromString("b2b2b2b2-0000-4000-8000-000000000002");
    private static final UUID ITPP = ItppIds.of(GEORGIA, 2026);
    private static final UUID SERVED = UUID.fromString("d4d4d4d4-0000-4000-8000-000000000004");
    private static final UUID UNSERVED = UUID.fromString("d4d4d4d4-0000-4000-8000-000000000005");
    private static final UUID GOAL = UUID.fromString("e5e5e5e5-0000-4000-8000-000000000005");
    private static final UUID OTHER_GOAL = UUID.fromString("e5e5e5e5-0000-4000-8000-000000000006");
    private static final Indicator TRAINED = new Indicator(
            UUID.fromString("a8a8a8a8-0000-4000-8000-000000000008"),
            "Officers trained",
            "persons",
            java.math.BigDecimal.TEN,
            2025,
            java.math.BigDecimal.valueOf(100),
            2029,
            true);

    private final Instant now = Instant.parse("2026-02-02T09:00:00Z");
    private AggregateTestFixture<Itpp> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Itpp.class);
        fixture.registerInjectableResource(new InMemoryKnownPartners().with(KnownPartner.of(GEORGIA, "GEO", false)));
    }

    private static Object[] drafted() {
        return new Object[] {
            new ItppDraftedEvent(ITPP, GEORGIA, "GEO", 2026),
            new StrategicObjectiveAddedEvent(ITPP, SERVED, "Interoperable forces", null, "Units meet standards"),
            new StrategicObjectiveAddedEvent(ITPP, UNSERVED, "Resilience", "Civil preparedness", "A plan"),
            new PartnershipGoalAddedEvent(
                    ITPP,
                    GOAL,
                    "Deployable battalion",
                    "A battalion certified",
                    "Contributes to operations",
                    List.of(SERVED),
                    List.of(new Milestone(UUID.randomUUID(), "Level 1", LocalDate.of(2027, 6, 30))),
                    List.of(TRAINED)),
            new PartnershipGoalAddedEvent(
                    ITPP, OTHER_GOAL, "Other", "Outcome", "Rationale", List.of(SERVED), List.of(), List.of())
        };
    }

    @Test
    void every_itpp_event_is_marked_restricted_and_releasable_to_the_partner() {
        fixture.givenNoPriorActivity()
                .when(new DraftItppCommand(ITPP, GEORGIA, 2026))
                .expectEventsMatching(allMarked("NATO RESTRICTED", "Releasable to GEO"));
        fixture.given(drafted())
                .when(new AddObjectiveCommand(ITPP, null, UUID.randomUUID(), "Cyber", null, "A CERT"))
                .expectEventsMatching(allMarked("NATO RESTRICTED", "Releasable to GEO"));
    }

    @Test
    void events_applied_at_a_deadline_are_marked_too() {
        fixture.givenCurrentTime(now)
                .andGiven(drafted())
                .andGiven(new ItppSubmittedEvent(ITPP), new PartnerAgreementRecordedEvent(ITPP, "GEO"))
                .andGivenCommands(
                        new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), List.of("FRA", "NOR"), now))
                .whenTimeAdvancesTo(Instant.parse("2027-01-01T00:00:01Z"))
                .expectEventsMatching(allMarked("NATO RESTRICTED", "Releasable to GEO"));
    }

    @Test
    void renewal_carries_over_the_chosen_goals_and_only_the_objectives_they_serve_under_derived_ids() {
        AtomicReference<DraftNextCycleCommand> draft = new AtomicReference<>();
        fixture.given(drafted())
                .whenInvoking(ITPP.toString(), itpp -> draft.set(itpp.nextCycleDraft(List.of(GOAL))))
                .expectNoEvents();
        UUID next = ItppIds.of(GEORGIA, 2030);
        UUID carriedObjective = ItppIds.carriedOver(next, SERVED);
        assertThat(draft.get())
                .isEqualTo(new DraftNextCycleCommand(
                        next,
                        GEORGIA,
                        2030,
                        ITPP,
                        List.of(new CarriedObjective(
                                carriedObjective, "Interoperable forces", null, "Units meet standards")),
                        List.of(new CarriedGoal(
                                GOAL,
                                ItppIds.carriedOver(next, GOAL),
                                "Deployable battalion",
                                "A battalion certified",
                                "Contributes to operations",
                                List.of(carriedObjective),
                                List.of(TRAINED))),
                        null));
    }

    @Test
    void renewal_refuses_goals_that_are_not_current_goals_of_the_previous_itpp() {
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        fixture.given(drafted()).whenInvoking(ITPP.toString(), itpp -> {
            try {
                itpp.nextCycleDraft(List.of(GOAL, UUID.randomUUID()));
            } catch (InvalidCommand refused) {
                refusal.set(refused);
            }
        });
        assertThat(refusal.get()).isInstanceOf(InvalidCommand.class).hasMessageContaining("goalIds");
    }

    @Test
    void a_snapshot_restores_the_whole_itpp() {
        AtomicReference<Itpp> itpp = new AtomicReference<>();
        fixture.givenCurrentTime(now)
                .andGiven(drafted())
                .andGiven(
                        new ItppSubmittedEvent(ITPP),
                        new PartnerAgreementRecordedEvent(ITPP, "GEO"),
                        new ItppCirculatedEvent(ITPP, now.plus(Duration.ofDays(10)), List.of("FRA")),
                        new ItppApprovedEvent(ITPP, now.plus(Duration.ofDays(10))),
                        new ActivityPlannedEvent(
                                ITPP,
                                UUID.fromString("a7a7a7a7-0000-4000-8000-000000000007"),
                                "Course",
                                ActivityType.PCM_EVENT,
                                List.of(GOAL),
                                LocalDate.of(2026, 9, 1),
                                LocalDate.of(2026, 9, 12),
                                new ActivityLead(ActivityLead.Kind.ALLY, "NOR"),
                                null))
                .whenInvoking(ITPP.toString(), itpp::set);
        Serializer snapshots = Serializers.events();
        SerializedObject<byte[]> stored = snapshots.serialize(itpp.get(), byte[].class);
        Itpp restored = snapshots.deserialize(stored);
        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(restored).usingRecursiveComparison().isEqualTo(itpp.get());
    }
}
