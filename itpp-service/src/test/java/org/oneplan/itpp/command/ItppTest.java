package org.oneplan.itpp.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityStatusChangedEvent;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.AmendmentOpenedEvent;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCarriedOverEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppCycleEndedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.itpp.api.ItppCommands;
import org.oneplan.itpp.api.ItppCommands.AddGoalCommand;
import org.oneplan.itpp.api.ItppCommands.AddObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.BreakSilenceCommand;
import org.oneplan.itpp.api.ItppCommands.ChangeActivityStatusCommand;
import org.oneplan.itpp.api.ItppCommands.CirculateItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftNextCycleCommand;
import org.oneplan.itpp.api.ItppCommands.OpenAmendmentCommand;
import org.oneplan.itpp.api.ItppCommands.PlanActivityCommand;
import org.oneplan.itpp.api.ItppCommands.RecordPartnerAgreementCommand;
import org.oneplan.itpp.api.ItppCommands.ReportMilestoneProgressCommand;
import org.oneplan.itpp.api.ItppCommands.SubmitItppCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawObjectiveCommand;
import org.oneplan.itpp.command.ItppRefusals.ActivityClosed;
import org.oneplan.itpp.command.ItppRefusals.AmendmentBeforeMidTerm;
import org.oneplan.itpp.command.ItppRefusals.CycleEnded;
import org.oneplan.itpp.command.ItppRefusals.ItppFrozen;
import org.oneplan.itpp.command.ItppRefusals.NotYetApproved;
import org.oneplan.itpp.command.ItppRefusals.NothingToSubmit;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveNotAvailable;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveStillServed;
import org.oneplan.itpp.command.ItppRefusals.UnknownGoal;
import org.oneplan.itpp.command.ItppRefusals.UnknownMilestone;
import org.oneplan.platform.approval.ApprovalRefusals.NotOnAllyRoster;
import org.oneplan.platform.approval.ApprovalRefusals.NotThisPartner;
import org.oneplan.platform.approval.ApprovalRefusals.SilenceAlreadyEnded;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.PartnerRefusals.PartnerSuspended;
import org.oneplan.platform.partners.PartnerRefusals.UnknownPartner;
import org.oneplan.platform.testing.InMemoryKnownPartners;

class ItppTest {

    private static final UUID ITPP = UUID.fromString("a1a1a1a1-0000-4000-8000-000000000001");
    private static final UUID GEORGIA = UUID.fromString("b2b2b2b2-0000-4000-8000-000000000002");
    private static final UUID BELARUS = UUID.fromString("c3c3c3c3-0000-4000-8000-000000000003");
    private static final UUID OBJECTIVE = UUID.fromString("d4d4d4d4-0000-4000-8000-000000000004");
    private static final UUID GOAL = UUID.fromString("e5e5e5e5-0000-4000-8000-000000000005");
    private static final List<String> ROSTER = List.of("FRA", "NOR", "USA");

    private AggregateTestFixture<Itpp> fixture;
    private final Instant now = Instant.parse("2026-02-02T09:00:00Z");

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Itpp.class);
        fixture.registerInjectableResource(new InMemoryKnownPartners()
                .with(KnownPartner.of(GEORGIA, "GEO", false))
                .with(KnownPartner.of(BELARUS, "BLR", true)));
    }

    private org.axonframework.test.aggregate.TestExecutor<Itpp> at(Object... events) {
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    private static ItppDraftedEvent drafted() {
        return new ItppDraftedEvent(ITPP, GEORGIA, "GEO", 2026);
    }

    private static StrategicObjectiveAddedEvent objective() {
        return new StrategicObjectiveAddedEvent(
                ITPP, OBJECTIVE, "Interoperable forces", null, "Units meet NATO standards");
    }

    private static PartnershipGoalAddedEvent goal() {
        return new PartnershipGoalAddedEvent(
                ITPP,
                GOAL,
                "Deployable battalion",
                "A battalion certified",
                "Contributes to operations",
                List.of(OBJECTIVE),
                List.of(new Milestone(
                        UUID.fromString("f6f6f6f6-0000-4000-8000-000000000006"),
                        "Level 1 evaluation",
                        LocalDate.of(2027, 6, 30))),
                List.of());
    }

    private ItppCirculatedEvent circulated() {
        return new ItppCirculatedEvent(ITPP, now.plus(Duration.ofDays(10)), ROSTER);
    }

    @Test
    void drafts_an_itpp_for_a_known_active_partner() {
        fixture.givenCurrentTime(now)
                .when(new DraftItppCommand(ITPP, GEORGIA, 2026))
                .expectEvents(drafted());
    }

    @Test
    void refuses_an_itpp_for_an_unknown_partner() {
        fixture.givenCurrentTime(now)
                .when(new DraftItppCommand(ITPP, UUID.randomUUID(), 2026))
                .expectException(UnknownPartner.class)
                .expectNoEvents();
    }

    @Test
    void refuses_an_itpp_for_a_suspended_partner() {
        fixture.givenCurrentTime(now)
                .when(new DraftItppCommand(ITPP, BELARUS, 2026))
                .expectException(PartnerSuspended.class);
    }

    @Test
    void adds_objectives_and_goals_serving_them_in_draft() {
        at(drafted())
                .when(new AddObjectiveCommand(
                        ITPP, null, OBJECTIVE, "Interoperable forces", null, "Units meet NATO standards"))
                .expectEvents(objective());
        at(drafted(), objective())
                .when(new AddGoalCommand(
                        ITPP,
                        null,
                        GOAL,
                        "Deployable battalion",
                        "A battalion certified",
                        "Contributes to operations",
                        List.of(OBJECTIVE),
                        goal().milestones(),
                        List.of()))
                .expectEvents(goal());
    }

    @Test
    void refuses_a_milestone_due_outside_the_cycle_with_400() {
        at(drafted(), objective())
                .when(new AddGoalCommand(
                        ITPP,
                        null,
                        GOAL,
                        "Goal",
                        "Outcome",
                        "Rationale",
                        List.of(OBJECTIVE),
                        List.of(new Milestone(UUID.randomUUID(), "Too late", LocalDate.of(2030, 1, 1))),
                        List.of()))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void refuses_a_goal_that_serves_a_withdrawn_objective() {
        at(drafted(), objective(), new StrategicObjectiveWithdrawnEvent(ITPP, OBJECTIVE))
                .when(new AddGoalCommand(
                        ITPP, null, GOAL, "Goal", "Outcome", "Rationale", List.of(OBJECTIVE), List.of(), List.of()))
                .expectException(ObjectiveNotAvailable.class);
    }

    @Test
    void refuses_to_withdraw_an_objective_that_goals_still_serve() {
        at(drafted(), objective(), goal())
                .when(new WithdrawObjectiveCommand(ITPP, null, OBJECTIVE))
                .expectException(ObjectiveStillServed.class)
                .expectNoEvents();
    }

    @Test
    void refuses_to_submit_without_objectives_and_goals() {
        at(drafted(), objective()).when(new SubmitItppCommand(ITPP, null)).expectException(NothingToSubmit.class);
    }

    @Test
    void circulates_a_submitted_text_under_silence_with_a_deadline() {
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .when(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .expectEvents(circulated())
                .expectScheduledDeadline(Duration.ofDays(10), new SilenceDeadline(now.plus(Duration.ofDays(10))));
    }

    @Test
    void approves_itpp_when_silence_deadline_passes_without_objection_and_the_partner_agreed() {
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP), new PartnerAgreementRecordedEvent(ITPP, "GEO"))
                .andGivenCommands(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeElapses(Duration.ofDays(10).plusSeconds(1))
                .expectEvents(new ItppApprovedEvent(ITPP, now.plus(Duration.ofDays(10))));
    }

    @Test
    void returns_to_draft_when_the_partner_has_not_agreed_by_the_deadline() {
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .andGivenCommands(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeElapses(Duration.ofDays(11))
                .expectEvents(
                        new SilenceProcedureLapsedEvent(ITPP, "The partner had not agreed the text by the deadline"));
    }

    @Test
    void an_ally_breaking_silence_returns_the_text_to_draft_and_cancels_the_deadline() {
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .andGivenCommands(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .when(new BreakSilenceCommand(
                        ITPP, "FRA", "Goal 1 needs a clearer outcome", now.plus(Duration.ofDays(2))))
                .expectEvents(new SilenceBrokenEvent(ITPP, "FRA", "Goal 1 needs a clearer outcome"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void refuses_silence_broken_by_a_nation_not_on_the_roster_or_after_the_deadline() {
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP), circulated())
                .when(new BreakSilenceCommand(ITPP, "GEO", "not an Ally", now))
                .expectException(NotOnAllyRoster.class);
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP), circulated())
                .when(new BreakSilenceCommand(ITPP, "NOR", "too late", now.plus(Duration.ofDays(11))))
                .expectException(SilenceAlreadyEnded.class);
    }

    @Test
    void only_the_co_owning_partner_records_agreement() {
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .when(new RecordPartnerAgreementCommand(ITPP, "GEO"))
                .expectEvents(new PartnerAgreementRecordedEvent(ITPP, "GEO"));
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP))
                .when(new RecordPartnerAgreementCommand(ITPP, "UKR"))
                .expectException(NotThisPartner.class);
    }

    @Test
    void refuses_edits_after_approval() {
        at(
                        drafted(),
                        objective(),
                        goal(),
                        new ItppSubmittedEvent(ITPP),
                        new PartnerAgreementRecordedEvent(ITPP, "GEO"),
                        circulated(),
                        new ItppApprovedEvent(ITPP, now.plus(Duration.ofDays(10))))
                .when(new AddObjectiveCommand(ITPP, null, UUID.randomUUID(), "Late", null, "Late outcome"))
                .expectException(ItppFrozen.class)
                .expectNoEvents();
    }

    private ItppApprovedEvent approved() {
        return new ItppApprovedEvent(ITPP, now.plus(Duration.ofDays(10)));
    }

    private static final UUID ACTIVITY = UUID.fromString("a7a7a7a7-0000-4000-8000-000000000007");
    private static final UUID MILESTONE = UUID.fromString("f6f6f6f6-0000-4000-8000-000000000006");
    private static final ActivityLead NATO_SCHOOL =
            new ActivityLead(ActivityLead.Kind.NATO_BODY, "NATO School Oberammergau");

    private static PlanActivityCommand activity(List<UUID> goals, LocalDate from, LocalDate until) {
        return new PlanActivityCommand(
                ITPP,
                null,
                ACTIVITY,
                "Staff officer course",
                ActivityType.PCM_EVENT,
                goals,
                from,
                until,
                NATO_SCHOOL,
                "ETE-CP-2345");
    }

    @Test
    void approval_starts_the_cycle_calendar_and_year_2_begins_on_the_first_of_january() {
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP), new PartnerAgreementRecordedEvent(ITPP, "GEO"))
                .andGivenCommands(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeAdvancesTo(Instant.parse("2027-01-01T00:00:01Z"))
                .expectEvents(approved(), new ItppCycleYearBeganEvent(ITPP, 2, 2027));
    }

    @Test
    void years_3_and_4_begin_and_the_cycle_ends_on_their_new_years() {
        at(drafted(), objective(), goal(), new ItppSubmittedEvent(ITPP), new PartnerAgreementRecordedEvent(ITPP, "GEO"))
                .andGivenCommands(new CirculateItppCommand(ITPP, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeAdvancesTo(Instant.parse("2030-01-01T00:00:01Z"))
                .expectEvents(
                        approved(),
                        new ItppCycleYearBeganEvent(ITPP, 2, 2027),
                        new ItppCycleYearBeganEvent(ITPP, 3, 2028),
                        new ItppCycleYearBeganEvent(ITPP, 4, 2029),
                        new ItppCycleEndedEvent(ITPP, 2029));
    }

    @Test
    void plans_an_activity_traceable_to_a_goal_inside_the_cycle() {
        at(drafted(), objective(), goal())
                .when(activity(List.of(GOAL), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 12)))
                .expectEvents(new ActivityPlannedEvent(
                        ITPP,
                        ACTIVITY,
                        "Staff officer course",
                        ActivityType.PCM_EVENT,
                        List.of(GOAL),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 12),
                        NATO_SCHOOL,
                        "ETE-CP-2345"));
    }

    @Test
    void refuses_an_activity_for_no_current_goal_or_outside_the_cycle() {
        at(drafted(), objective(), goal())
                .when(activity(List.of(UUID.randomUUID()), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 12)))
                .expectException(UnknownGoal.class);
        at(drafted(), objective(), goal())
                .when(activity(List.of(GOAL), LocalDate.of(2029, 12, 1), LocalDate.of(2030, 1, 12)))
                .expectException(InvalidCommand.class);
    }

    @Test
    void changes_an_activity_status_and_refuses_changes_to_a_closed_one() {
        ActivityPlannedEvent planned = new ActivityPlannedEvent(
                ITPP,
                ACTIVITY,
                "Course",
                ActivityType.PCM_EVENT,
                List.of(GOAL),
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 12),
                NATO_SCHOOL,
                null);
        at(drafted(), objective(), goal(), planned)
                .when(new ChangeActivityStatusCommand(ITPP, null, ACTIVITY, ActivityStatus.DONE))
                .expectEvents(new ActivityStatusChangedEvent(ITPP, ACTIVITY, ActivityStatus.DONE));
        at(
                        drafted(),
                        objective(),
                        goal(),
                        planned,
                        new ActivityStatusChangedEvent(ITPP, ACTIVITY, ActivityStatus.CANCELLED))
                .when(new ChangeActivityStatusCommand(ITPP, null, ACTIVITY, ActivityStatus.UNDER_WAY))
                .expectException(ActivityClosed.class);
    }

    @Test
    void reports_milestone_progress_on_an_approved_itpp_only() {
        at(
                        drafted(),
                        objective(),
                        goal(),
                        new ItppSubmittedEvent(ITPP),
                        new PartnerAgreementRecordedEvent(ITPP, "GEO"),
                        circulated(),
                        approved())
                .when(new ReportMilestoneProgressCommand(
                        ITPP,
                        null,
                        GOAL,
                        MILESTONE,
                        MilestoneProgress.DELAYED,
                        LocalDate.of(2027, 7, 1),
                        "Evaluation moved to autumn"))
                .expectEvents(new MilestoneProgressReportedEvent(
                        ITPP,
                        GOAL,
                        MILESTONE,
                        MilestoneProgress.DELAYED,
                        LocalDate.of(2027, 7, 1),
                        "Evaluation moved to autumn"));
        at(drafted(), objective(), goal())
                .when(new ReportMilestoneProgressCommand(
                        ITPP, null, GOAL, MILESTONE, MilestoneProgress.ACHIEVED, LocalDate.of(2027, 7, 1), "Done"))
                .expectException(NotYetApproved.class);
        at(
                        drafted(),
                        objective(),
                        goal(),
                        new ItppSubmittedEvent(ITPP),
                        new PartnerAgreementRecordedEvent(ITPP, "GEO"),
                        circulated(),
                        approved())
                .when(new ReportMilestoneProgressCommand(
                        ITPP,
                        null,
                        GOAL,
                        UUID.randomUUID(),
                        MilestoneProgress.ACHIEVED,
                        LocalDate.of(2027, 7, 1),
                        "Done"))
                .expectException(UnknownMilestone.class);
    }

    @Test
    void refuses_activities_after_the_cycle_ended() {
        at(drafted(), objective(), goal(), new ItppCycleEndedEvent(ITPP, 2029))
                .when(activity(List.of(GOAL), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 12)))
                .expectException(CycleEnded.class);
    }

    private Object[] approvedInYear2() {
        return new Object[] {
            drafted(),
            objective(),
            goal(),
            new ItppSubmittedEvent(ITPP),
            new PartnerAgreementRecordedEvent(ITPP, "GEO"),
            circulated(),
            approved(),
            new ItppCycleYearBeganEvent(ITPP, 2, 2027)
        };
    }

    @Test
    void opens_an_amendment_after_the_mid_term_and_it_takes_the_same_path_to_approval() {
        at(approvedInYear2())
                .when(new OpenAmendmentCommand(ITPP, null, "Mid-term assessment recommends a second goal"))
                .expectEvents(new AmendmentOpenedEvent(ITPP, 1, "Mid-term assessment recommends a second goal"));
        Object[] amending = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(approvedInYear2()),
                        java.util.stream.Stream.of(new AmendmentOpenedEvent(ITPP, 1, "Mid-term")))
                .toArray();
        at(amending)
                .when(new AddObjectiveCommand(
                        ITPP,
                        null,
                        UUID.fromString("d4d4d4d4-0000-4000-8000-00000000000a"),
                        "Cyber defence",
                        null,
                        "A national CERT cooperating with NCIA"))
                .expectSuccessfulHandlerExecution();
        at(amending)
                .andGivenCommands(
                        new SubmitItppCommand(ITPP, null),
                        new RecordPartnerAgreementCommand(ITPP, "GEO"),
                        new CirculateItppCommand(
                                ITPP, null, now.plus(Duration.ofDays(40)), ROSTER, now.plus(Duration.ofDays(30))))
                .whenTimeAdvancesTo(now.plus(Duration.ofDays(41)))
                .expectEvents(new ItppApprovedEvent(ITPP, now.plus(Duration.ofDays(40))));
    }

    @Test
    void refuses_an_amendment_before_the_mid_term() {
        at(
                        drafted(),
                        objective(),
                        goal(),
                        new ItppSubmittedEvent(ITPP),
                        new PartnerAgreementRecordedEvent(ITPP, "GEO"),
                        circulated(),
                        approved())
                .when(new OpenAmendmentCommand(ITPP, null, "Too early"))
                .expectException(AmendmentBeforeMidTerm.class);
    }

    @Test
    void a_broken_silence_on_an_amendment_returns_it_to_amending_not_to_a_first_draft() {
        Object[] amending = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(approvedInYear2()),
                        java.util.stream.Stream.of(
                                new AmendmentOpenedEvent(ITPP, 1, "Mid-term"),
                                new ItppSubmittedEvent(ITPP),
                                new ItppCirculatedEvent(ITPP, now.plus(Duration.ofDays(40)), ROSTER)))
                .toArray();
        at(amending)
                .andGivenCommands(new BreakSilenceCommand(ITPP, "NOR", "Not yet", now.plus(Duration.ofDays(35))))
                .when(new AddObjectiveCommand(ITPP, null, UUID.randomUUID(), "Revised", null, "Outcome"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void drafts_the_next_cycle_carrying_over_the_chosen_goals_without_their_milestones() {
        UUID next = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000ff");
        UUID newObjective = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000ff");
        UUID newGoal = UUID.fromString("e5e5e5e5-0000-4000-8000-0000000000ff");
        fixture.givenCurrentTime(now)
                .when(new DraftNextCycleCommand(
                        next,
                        GEORGIA,
                        2030,
                        ITPP,
                        List.of(new ItppCommands.CarriedObjective(
                                newObjective, "Interoperable forces", null, "Units meet NATO standards")),
                        List.of(new ItppCommands.CarriedGoal(
                                GOAL,
                                newGoal,
                                "Deployable battalion",
                                "A battalion certified",
                                "Contributes to operations",
                                List.of(newObjective),
                                List.of())),
                        null))
                .expectEvents(
                        new ItppDraftedEvent(next, GEORGIA, "GEO", 2030),
                        new ItppCarriedOverEvent(next, ITPP, List.of(GOAL)),
                        new StrategicObjectiveAddedEvent(
                                next, newObjective, "Interoperable forces", null, "Units meet NATO standards"),
                        new PartnershipGoalAddedEvent(
                                next,
                                newGoal,
                                "Deployable battalion",
                                "A battalion certified",
                                "Contributes to operations",
                                List.of(newObjective),
                                List.of(),
                                List.of()));
    }

    @Test
    void a_goal_carries_iati_style_indicators_and_refuses_a_target_after_the_cycle() {
        Indicator trained = new Indicator(
                UUID.fromString("a8a8a8a8-0000-4000-8000-000000000008"),
                "Officers trained to NATO standards",
                "persons",
                new java.math.BigDecimal("40"),
                2025,
                new java.math.BigDecimal("120"),
                2029,
                true);
        at(drafted(), objective())
                .when(new AddGoalCommand(
                        ITPP,
                        null,
                        GOAL,
                        "Goal",
                        "Outcome",
                        "Rationale",
                        List.of(OBJECTIVE),
                        List.of(),
                        List.of(trained)))
                .expectEvents(new PartnershipGoalAddedEvent(
                        ITPP, GOAL, "Goal", "Outcome", "Rationale", List.of(OBJECTIVE), List.of(), List.of(trained)));
        Indicator tooLate = new Indicator(
                trained.indicatorId(),
                "Officers",
                "persons",
                java.math.BigDecimal.ONE,
                2025,
                java.math.BigDecimal.TEN,
                2031,
                true);
        at(drafted(), objective())
                .when(new AddGoalCommand(
                        ITPP,
                        null,
                        GOAL,
                        "Goal",
                        "Outcome",
                        "Rationale",
                        List.of(OBJECTIVE),
                        List.of(),
                        List.of(tooLate)))
                .expectException(InvalidCommand.class);
    }

    @Test
    void refuses_a_second_itpp_for_the_same_partner_and_cycle() {
        // The id derives from partner and cycle, so the second draft targets the same stream; the event
        // store refuses to start it again (answered 409 through the API).
        at(drafted())
                .when(new DraftItppCommand(ITPP, GEORGIA, 2026))
                .expectException(EventStoreException.class)
                .expectNoEvents();
    }
}
