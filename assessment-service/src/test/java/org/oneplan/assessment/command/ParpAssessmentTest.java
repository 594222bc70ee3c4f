package org.oneplan.assessment.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.api.KnownParpCycles;
import org.oneplan.assessment.api.KnownParpCycles.KnownParpCycle;
import org.oneplan.assessment.api.ParpAssessmentCommands.AssessParpGoalCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.BreakParpAssessmentSilenceCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.CarriedGoal;
import org.oneplan.assessment.api.ParpAssessmentCommands.CirculateParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.CommentParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.OpenParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.OpenParpAssessmentRevisionCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.SubmitParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.WriteParpOverallCommand;
import org.oneplan.assessment.command.AssessmentRefusals.AssessmentFrozen;
import org.oneplan.assessment.command.AssessmentRefusals.NotThisPartner;
import org.oneplan.assessment.command.AssessmentRefusals.PartnerNotYetConsulted;
import org.oneplan.assessment.command.ParpAssessmentRefusals.CorrectedNotApproved;
import org.oneplan.assessment.command.ParpAssessmentRefusals.GoalNotInAssessment;
import org.oneplan.assessment.command.ParpAssessmentRefusals.GoalsNotAssessed;
import org.oneplan.assessment.command.ParpAssessmentRefusals.OverallMissing;
import org.oneplan.assessment.command.ParpAssessmentRefusals.PackageNotApproved;
import org.oneplan.assessment.command.ParpAssessmentRefusals.ReviewYearOutsideCycle;
import org.oneplan.assessment.command.ParpAssessmentRefusals.UnknownParpCycle;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.ParpAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentCommentedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.ParpGoalAssessedEvent;
import org.oneplan.contracts.assessment.ParpGoalBaseline;
import org.oneplan.contracts.assessment.ParpOverallAssessmentWrittenEvent;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.platform.approval.ApprovalRefusals.AlreadyApproved;
import org.oneplan.platform.approval.ApprovalRefusals.NotInDraft;
import org.oneplan.platform.approval.ApprovalRefusals.NotOnAllyRoster;
import org.oneplan.platform.approval.ApprovalRefusals.NotSubmitted;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;

class ParpAssessmentTest {

    private static final UUID ASSESSMENT = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    private static final UUID REVISION = UUID.fromString("a2a2a2a2-0000-4000-8000-0000000000a2");
    private static final UUID CYCLE = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID EMPTY_CYCLE = UUID.fromString("b3b3b3b3-0000-4000-8000-0000000000b3");
    private static final UUID ITPP = UUID.fromString("c4c4c4c4-0000-4000-8000-0000000000c4");
    private static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID GOAL = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    private static final UUID NOT_APPROVED = UUID.fromString("f6f6f6f6-0000-4000-8000-0000000000f6");
    private static final List<String> ROSTER = List.of("FRA", "NOR");
    private static final ParpGoalBaseline BASELINE = new ParpGoalBaseline(
            GOAL,
            "G 0101",
            "Mechanised battalion",
            ImplementationStatus.IN_PROGRESS,
            "Level 1 passed",
            LocalDate.of(2026, 5, 4));

    private final Instant now = Instant.parse("2026-10-01T09:00:00Z");
    private AggregateTestFixture<ParpAssessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ParpAssessment.class);
        fixture.registerInjectableResource((KnownParpCycles) id -> {
            if (id.equals(CYCLE)) {
                return Optional.of(new KnownParpCycle(CYCLE, GEORGIA, "GEO", 2025, ITPP, List.of(BASELINE)));
            }
            if (id.equals(EMPTY_CYCLE)) {
                return Optional.of(new KnownParpCycle(EMPTY_CYCLE, GEORGIA, "GEO", 2025, ITPP, List.of()));
            }
            return Optional.empty();
        });
    }

    private TestExecutor<ParpAssessment> given(Object... events) {
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    private static ParpAssessmentOpenedEvent opened() {
        return new ParpAssessmentOpenedEvent(
                ASSESSMENT, CYCLE, GEORGIA, "GEO", ITPP, 2025, 2026, 1, null, List.of(BASELINE));
    }

    private static ParpGoalAssessedEvent assessed() {
        return new ParpGoalAssessedEvent(
                ASSESSMENT, GOAL, ImplementationStatus.PARTIALLY_IMPLEMENTED, GoalRating.ON_TRACK, "Level 2 next");
    }

    private static Object[] readyToSubmit() {
        return new Object[] {opened(), assessed(), new ParpOverallAssessmentWrittenEvent(ASSESSMENT, "Good")};
    }

    private Object[] circulated() {
        return new Object[] {
            opened(),
            assessed(),
            new ParpOverallAssessmentWrittenEvent(ASSESSMENT, "Good"),
            new ParpAssessmentSubmittedEvent(ASSESSMENT),
            new ParpAssessmentCirculatedEvent(ASSESSMENT, now.plus(Duration.ofDays(10)), ROSTER)
        };
    }

    private Object[] approved() {
        return new Object[] {
            opened(),
            assessed(),
            new ParpOverallAssessmentWrittenEvent(ASSESSMENT, "Good"),
            new ParpAssessmentSubmittedEvent(ASSESSMENT),
            new ParpAssessmentCirculatedEvent(ASSESSMENT, now, ROSTER),
            approvedEvent()
        };
    }

    private ParpAssessmentApprovedEvent approvedEvent() {
        return new ParpAssessmentApprovedEvent(
                ASSESSMENT, CYCLE, GEORGIA, "GEO", ITPP, 2026, 1, now.plus(Duration.ofDays(10)));
    }

    @Test
    void staff_open_a_parp_assessment_pre_filled_with_the_cycles_approved_goals() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpAssessmentCommand(ASSESSMENT, CYCLE, 2026))
                .expectEvents(opened());
    }

    @Test
    void a_parp_cycle_this_service_has_not_met_cannot_be_assessed() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpAssessmentCommand(ASSESSMENT, UUID.randomUUID(), 2026))
                .expectException(UnknownParpCycle.class);
    }

    @Test
    void the_review_year_is_a_year_of_the_cycle() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpAssessmentCommand(ASSESSMENT, CYCLE, 2027))
                .expectException(ReviewYearOutsideCycle.class);
    }

    @Test
    void a_cycle_without_an_approved_package_has_nothing_to_assess() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpAssessmentCommand(ASSESSMENT, EMPTY_CYCLE, 2026))
                .expectException(PackageNotApproved.class);
    }

    @Test
    void staff_assess_a_goal_with_status_rating_and_justification_and_again_replaces_it() {
        given(opened())
                .when(new AssessParpGoalCommand(
                        ASSESSMENT,
                        null,
                        GOAL,
                        ImplementationStatus.PARTIALLY_IMPLEMENTED,
                        GoalRating.ON_TRACK,
                        "Level 2 next"))
                .expectEvents(assessed());
        given(opened(), assessed())
                .when(new AssessParpGoalCommand(
                        ASSESSMENT,
                        null,
                        GOAL,
                        ImplementationStatus.PARTIALLY_IMPLEMENTED,
                        GoalRating.ON_TRACK,
                        " Level 2 next "))
                .expectNoEvents();
    }

    @Test
    void only_goals_of_the_assessment_are_assessed_and_with_every_value() {
        given(opened())
                .when(new AssessParpGoalCommand(
                        ASSESSMENT, null, NOT_APPROVED, ImplementationStatus.IMPLEMENTED, GoalRating.ACHIEVED, "x"))
                .expectException(GoalNotInAssessment.class);
        given(opened())
                .when(new AssessParpGoalCommand(ASSESSMENT, null, GOAL, null, GoalRating.ACHIEVED, "x"))
                .expectException(InvalidCommand.class);
        given(opened())
                .when(new AssessParpGoalCommand(ASSESSMENT, null, GOAL, ImplementationStatus.IMPLEMENTED, null, "x"))
                .expectException(InvalidCommand.class);
        given(opened())
                .when(new AssessParpGoalCommand(
                        ASSESSMENT, null, GOAL, ImplementationStatus.IMPLEMENTED, GoalRating.ACHIEVED, " "))
                .expectException(InvalidCommand.class);
    }

    @Test
    void submission_needs_every_goal_assessed_and_the_overall_assessment() {
        given(opened()).when(new SubmitParpAssessmentCommand(ASSESSMENT, null)).expectException(GoalsNotAssessed.class);
        given(opened(), assessed())
                .when(new SubmitParpAssessmentCommand(ASSESSMENT, null))
                .expectException(OverallMissing.class);
        given(readyToSubmit())
                .when(new SubmitParpAssessmentCommand(ASSESSMENT, null))
                .expectEvents(new ParpAssessmentSubmittedEvent(ASSESSMENT));
    }

    @Test
    void staff_write_the_overall_assessment_in_draft_only() {
        given(opened())
                .when(new WriteParpOverallCommand(ASSESSMENT, null, "Good"))
                .expectEvents(new ParpOverallAssessmentWrittenEvent(ASSESSMENT, "Good"));
        given(readyToSubmit())
                .andGiven(new ParpAssessmentSubmittedEvent(ASSESSMENT))
                .when(new WriteParpOverallCommand(ASSESSMENT, null, "Better"))
                .expectException(NotInDraft.class);
    }

    @Test
    void the_partner_comments_once_consulted_and_only_its_own() {
        given(opened())
                .when(new CommentParpAssessmentCommand(ASSESSMENT, "GEO", "Too early"))
                .expectException(PartnerNotYetConsulted.class);
        given(readyToSubmit())
                .andGiven(new ParpAssessmentSubmittedEvent(ASSESSMENT))
                .when(new CommentParpAssessmentCommand(ASSESSMENT, "GEO", "Manning improves"))
                .expectEvents(new ParpAssessmentCommentedEvent(ASSESSMENT, "GEO", "Manning improves"));
        given(readyToSubmit())
                .andGiven(new ParpAssessmentSubmittedEvent(ASSESSMENT))
                .when(new CommentParpAssessmentCommand(ASSESSMENT, "ARM", "Ours"))
                .expectException(NotThisPartner.class);
    }

    @Test
    void circulation_needs_a_submitted_text_and_schedules_the_silence_deadline() {
        given(readyToSubmit())
                .when(new CirculateParpAssessmentCommand(ASSESSMENT, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .expectException(NotSubmitted.class);
        given(readyToSubmit())
                .andGiven(new ParpAssessmentSubmittedEvent(ASSESSMENT))
                .when(new CirculateParpAssessmentCommand(ASSESSMENT, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .expectEvents(new ParpAssessmentCirculatedEvent(ASSESSMENT, now.plus(Duration.ofDays(10)), ROSTER))
                .expectScheduledDeadline(Duration.ofDays(10), new SilenceDeadline(now.plus(Duration.ofDays(10))));
    }

    @Test
    void the_allies_approve_it_when_silence_holds_to_the_deadline() {
        given(readyToSubmit())
                .andGiven(new ParpAssessmentSubmittedEvent(ASSESSMENT))
                .andGivenCommands(new CirculateParpAssessmentCommand(
                        ASSESSMENT, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeElapses(Duration.ofDays(11))
                .expectTriggeredDeadlines(new SilenceDeadline(now.plus(Duration.ofDays(10))))
                .expectEvents(approvedEvent());
    }

    @Test
    void an_ally_on_the_roster_breaks_silence_and_the_text_is_a_draft_again() {
        given(circulated())
                .when(new BreakParpAssessmentSilenceCommand(ASSESSMENT, "NOR", "Rate lower", now))
                .expectEvents(new ParpAssessmentSilenceBrokenEvent(ASSESSMENT, "NOR", "Rate lower"));
        given(circulated())
                .when(new BreakParpAssessmentSilenceCommand(ASSESSMENT, "SWE", "Late", now))
                .expectException(NotOnAllyRoster.class);
        given(circulated())
                .andGiven(new ParpAssessmentSilenceBrokenEvent(ASSESSMENT, "NOR", "Rate lower"))
                .when(new WriteParpOverallCommand(ASSESSMENT, null, "As Norway says"))
                .expectEvents(new ParpOverallAssessmentWrittenEvent(ASSESSMENT, "As Norway says"));
    }

    @Test
    void an_approved_parp_assessment_is_frozen() {
        given(approved())
                .when(new AssessParpGoalCommand(
                        ASSESSMENT, null, GOAL, ImplementationStatus.IMPLEMENTED, GoalRating.ACHIEVED, "Done"))
                .expectException(AlreadyApproved.class);
        given(approved())
                .when(new WriteParpOverallCommand(ASSESSMENT, null, "Other"))
                .expectException(AlreadyApproved.class);
        given(approved())
                .when(new CommentParpAssessmentCommand(ASSESSMENT, "GEO", "Late word"))
                .expectException(AssessmentFrozen.class);
    }

    @Test
    void a_correction_is_a_new_revision_carrying_the_approved_text() {
        fixture.givenNoPriorActivity()
                .when(revision(true))
                .expectEvents(
                        new ParpAssessmentOpenedEvent(
                                REVISION, CYCLE, GEORGIA, "GEO", ITPP, 2025, 2026, 2, ASSESSMENT, List.of(BASELINE)),
                        new ParpGoalAssessedEvent(
                                REVISION,
                                GOAL,
                                ImplementationStatus.PARTIALLY_IMPLEMENTED,
                                GoalRating.ON_TRACK,
                                "Level 2 next"),
                        new ParpOverallAssessmentWrittenEvent(REVISION, "Good"));
    }

    @Test
    void only_an_approved_assessment_is_corrected_by_a_revision() {
        fixture.givenNoPriorActivity().when(revision(false)).expectException(CorrectedNotApproved.class);
    }

    private static OpenParpAssessmentRevisionCommand revision(boolean correctedIsApproved) {
        return new OpenParpAssessmentRevisionCommand(
                REVISION,
                ASSESSMENT,
                CYCLE,
                2026,
                2,
                correctedIsApproved,
                List.of(
                        new CarriedGoal(
                                GOAL, ImplementationStatus.PARTIALLY_IMPLEMENTED, GoalRating.ON_TRACK, "Level 2 next"),
                        new CarriedGoal(NOT_APPROVED, ImplementationStatus.IMPLEMENTED, GoalRating.ACHIEVED, "Gone")),
                "Good");
    }
}
