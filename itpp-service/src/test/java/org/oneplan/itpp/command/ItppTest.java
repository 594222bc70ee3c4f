package org.oneplan.itpp.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.itpp.api.ItppCommands.AddGoalCommand;
import org.oneplan.itpp.api.ItppCommands.AddObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.BreakSilenceCommand;
import org.oneplan.itpp.api.ItppCommands.CirculateItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftItppCommand;
import org.oneplan.itpp.api.ItppCommands.RecordPartnerAgreementCommand;
import org.oneplan.itpp.api.ItppCommands.SubmitItppCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawObjectiveCommand;
import org.oneplan.itpp.command.ItppRefusals.ItppFrozen;
import org.oneplan.itpp.command.ItppRefusals.NotOnAllyRoster;
import org.oneplan.itpp.command.ItppRefusals.NotThisPartner;
import org.oneplan.itpp.command.ItppRefusals.NothingToSubmit;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveNotAvailable;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveStillServed;
import org.oneplan.itpp.command.ItppRefusals.PartnerSuspended;
import org.oneplan.itpp.command.ItppRefusals.SilenceAlreadyEnded;
import org.oneplan.itpp.command.ItppRefusals.UnknownPartner;
import org.oneplan.platform.domain.InvalidCommand;

class ItppTest {

    private static final UUID ITPP = UUID.fromString("a1a1a1a1-0000-4000-8000-000000000001");
    private static final UUID GEORGIA = UUID.fromString("b2b2b2b2-0000-4000-8000-000000000002");
    private static final UUID BELARUS = UUID.fromString("c3c3c3c3-0000-4000-8000-000000000003");
    private static final UUID OBJECTIVE = UUID.fromString("d4d4d4d4-0000-4000-8000-000000000004");
    private static final UUID GOAL = UUID.fromString("e5e5e5e5-0000-4000-8000-000000000005");
    private static final List<String> ROSTER = List.of("FRA", "NOR", "USA");

    private AggregateTestFixture<Itpp> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Itpp.class);
        fixture.registerInjectableResource((PartnerDirectory) id -> {
            if (id.equals(GEORGIA)) {
                return Optional.of(new PartnerDirectory.KnownPartner(GEORGIA, "GEO", false));
            }
            if (id.equals(BELARUS)) {
                return Optional.of(new PartnerDirectory.KnownPartner(BELARUS, "BLR", true));
            }
            return Optional.empty();
        });
        now = fixture.currentTime();
    }

    private static ItppDraftedEvent drafted() {
        return new ItppDraftedEvent(ITPP, GEORGIA, "GEO", 2026);
    }

    private static StrategicObjectiveAddedEvent objective() {
        return new StrategicObjectiveAddedEvent(ITPP, OBJECTIVE, "Interoperable forces", null, "Units meet NATO standards");
    }

    private static PartnershipGoalAddedEvent goal() {
        return new PartnershipGoalAddedEvent(ITPP, GOAL, "Deployable battalion", "A battalion certified",
                "Contributes to operations", List.of(OBJECTIVE),
                List.of(new Milestone(UUID.fromString("f6f6f6f6-0000-4000-8000-000000000006"), "Level 1 evaluation",
                        LocalDate.of(2027, 6, 30))));
    }

    private ItppCirculatedEvent circulated() {
        return new ItppCirculatedEvent(ITPP, now.plus(Duration.ofDays(10)), ROSTER);
    }

    @Test
    void drafts_an_itpp_for_a_known_active_partner() {
        fixture.givenNoPriorActivity()
                .when(new DraftItppCommand(ITPP, GEORGIA, 2026))
                .expectEvents(drafted());
    }

    @Test
    void refuses_an_itpp_for_an_unknown_partner() {
        fixture.givenNoPriorActivity()
                .when(new DraftItppCommand(ITPP, UUID.randomUUID(), 2026))
                .expectException(UnknownPartner.class)
                .expectNoEvents();
    }

    @Test
    void refuses_an_itpp_for_a_suspended_partner() {
        fixture.givenNoPriorActivity()
                .when(new DraftItppCommand(ITPP, BELARUS, 2026))
                .expectException(PartnerSuspended.class);
    }

    @Test
    void adds_objectives_and_goals_serving_them_in_draft() {
        fixture.given(drafted())
                .when(new AddObjectiveCommand(ITPP, null, OBJECTIVE, "Interoperable forces", null, "Units meet NATO standards"))
                .expectEvents(objective());
        fixture.given(drafted(), objective())
                .when(new AddGoalCommand(ITPP, null, GOAL, "Deployable battalion", "A battalion certified",
                        "Contributes to operations", List.of(OBJECTIVE), goal().milestones()))
                .expectEvents(goal());
    }

    @Test
    void refuses_a_milestone_due_outside_the_cycle_with_400() {
        fixture.given(drafted(), objective())
                .when(new AddGoalCommand(ITPP, null, GOAL, "Goal", "Outcome", "Rationale", List.of(OBJECTIVE),
                        List.of(new Milestone(UUID.randomUUID(), "Too late", LocalDate.of(2030, 1, 1)))))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void refuses_a_goal_that_serves_a_withdrawn_objective() {
        fixture.given(drafted(), objective(), new StrategicObjectiveWithdrawnEvent(ITPP, OBJECTIVE))
                .when(new AddGoalCommand(ITPP, null, GOAL, "Goal", "Outcome", "Rationale", List.of(OBJECTIVE), List.of()))
                .expectException(ObjectiveNotAvailable.class);
    }

    @Test
    void refuses_to_withdraw_an_objective_that_goals_still_serve() {
        fixture.given(drafted(), objective(), goal())
                .when(new WithdrawObjectiveCommand(ITPP, null, OBJECTIVE))
                .expectException(ObjectiveStillServed.class)
                .expectNoEvents();
    }

    @Test
    void refuses_to_submit_without_objectives_and_goals() {
        fixture.given(drafted(), objective())
                .when(new SubmitItppCommand(ITPP, null))
                .expectException(NothingToSubmit.class);
    }

    @Test
    void circulates_a_submitted_text_under_silence_with_a_deadline() {
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .when(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .expectEvents(circulated())
                .expectScheduledDeadlineWithName(Duration.ofDays(10), Itpp.SILENCE_ENDS);
    }

    @Test
    void approves_itpp_when_silence_deadline_passes_without_objection_and_the_partner_agreed() {
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP),
                        new PartnerAgreementRecordedEvent(ITPP, "GEO"))
                .andGivenCommands(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeElapses(Duration.ofDays(10).plusSeconds(1))
                .expectEvents(new ItppApprovedEvent(ITPP, now.plus(Duration.ofDays(10))));
    }

    @Test
    void returns_to_draft_when_the_partner_has_not_agreed_by_the_deadline() {
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .andGivenCommands(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeElapses(Duration.ofDays(11))
                .expectEvents(new SilenceProcedureLapsedEvent(ITPP, "The partner had not agreed the text by the deadline"));
    }

    @Test
    void an_ally_breaking_silence_returns_the_text_to_draft_and_cancels_the_deadline() {
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .andGivenCommands(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .when(new BreakSilenceCommand(ITPP, "FRA", "Goal 1 needs a clearer outcome", now.plus(Duration.ofDays(2))))
                .expectEvents(new SilenceBrokenEvent(ITPP, "FRA", "Goal 1 needs a clearer outcome"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void refuses_silence_broken_by_a_nation_not_on_the_roster_or_after_the_deadline() {
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP), circulated())
                .when(new BreakSilenceCommand(ITPP, "GEO", "not an Ally", now))
                .expectException(NotOnAllyRoster.class);
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP), circulated())
                .when(new BreakSilenceCommand(ITPP, "NOR", "too late", now.plus(Duration.ofDays(11))))
                .expectException(SilenceAlreadyEnded.class);
    }

    @Test
    void only_the_co_owning_partner_records_agreement() {
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .when(new RecordPartnerAgreementCommand(ITPP, "GEO"))
                .expectEvents(new PartnerAgreementRecordedEvent(ITPP, "GEO"));
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .when(new RecordPartnerAgreementCommand(ITPP, "UKR"))
                .expectException(NotThisPartner.class);
    }

    @Test
    void refuses_edits_after_approval() {
        fixture.given(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP),
                        new PartnerAgreementRecordedEvent(ITPP, "GEO"), circulated(),
                        new ItppApprovedEvent(ITPP, now.plus(Duration.ofDays(10))))
                .when(new AddObjectiveCommand(ITPP, null, UUID.randomUUID(), "Late", null, "Late outcome"))
                .expectException(ItppFrozen.class)
                .expectNoEvents();
    }
}
