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
import org.oneplan.assessment.api.AssessmentCommands.BreakAssessmentSilenceCommand;
import org.oneplan.assessment.api.AssessmentCommands.CirculateAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentByHandCommand;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.RateGoalCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecordPartnerCommentCommand;
import org.oneplan.assessment.api.AssessmentCommands.SubmitAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.WriteRecommendationsCommand;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.assessment.command.AssessmentRefusals.AssessmentFrozen;
import org.oneplan.assessment.command.AssessmentRefusals.GoalNotAssessed;
import org.oneplan.assessment.command.AssessmentRefusals.GoalsNotRated;
import org.oneplan.assessment.command.AssessmentRefusals.NotThisPartner;
import org.oneplan.assessment.command.AssessmentRefusals.PartnerNotYetConsulted;
import org.oneplan.assessment.command.AssessmentRefusals.RecommendationsMissing;
import org.oneplan.assessment.command.AssessmentRefusals.UnknownItpp;
import org.oneplan.contracts.assessment.ActivityBaseline;
import org.oneplan.contracts.assessment.AssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRatedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.MilestoneBaseline;
import org.oneplan.contracts.assessment.PartnerCommentRecordedEvent;
import org.oneplan.contracts.assessment.RecommendationsWrittenEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.platform.approval.ApprovalRefusals.AlreadyApproved;
import org.oneplan.platform.approval.ApprovalRefusals.NotInDraft;
import org.oneplan.platform.approval.ApprovalRefusals.NotOnAllyRoster;
import org.oneplan.platform.approval.ApprovalRefusals.NotSubmitted;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;

class ItppAssessmentTest {

    private static final UUID ASSESSMENT = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    private static final UUID ITPP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID GOAL = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    private static final UUID OTHER_GOAL = UUID.fromString("e5e5e5e5-0000-4000-8000-0000000000e5");
    private static final UUID NOT_IN_BASELINE = UUID.fromString("f6f6f6f6-0000-4000-8000-0000000000f6");
    private static final UUID MILESTONE = UUID.fromString("a7a7a7a7-0000-4000-8000-0000000000a7");
    private static final UUID ACTIVITY = UUID.fromString("b8b8b8b8-0000-4000-8000-0000000000b8");
    private static final List<String> ROSTER = List.of("FRA", "NOR");
    private static final String RECOMMENDATIONS = "Add a level 2 evaluation in year 3";

    private final Instant now = Instant.parse("2027-03-01T09:00:00Z");
    private AggregateTestFixture<ItppAssessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ItppAssessment.class);
        fixture.registerInjectableResource((KnownItpps) itppId -> itppId.equals(ITPP)
                ? Optional.of(
                        new KnownItpps.KnownItpp(ITPP, GEORGIA, "GEO", 2026, List.of(), baseline(), java.util.Map.of()))
                : Optional.empty());
    }

    private TestExecutor<ItppAssessment> given(Object... events) {
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    private static List<GoalBaseline> baseline() {
        return List.of(
                new GoalBaseline(
                        GOAL,
                        "Deployable battalion",
                        List.of(new MilestoneBaseline(
                                MILESTONE,
                                "Level 1 evaluation",
                                LocalDate.of(2026, 6, 30),
                                MilestoneProgress.ACHIEVED,
                                LocalDate.of(2026, 7, 1),
                                "Certified")),
                        List.of(new ActivityBaseline(ACTIVITY, "Staff course", ActivityStatus.DONE))),
                new GoalBaseline(OTHER_GOAL, "Cyber defence", List.of(), List.of()));
    }

    private static ItppAssessmentOpenedEvent opened() {
        return new ItppAssessmentOpenedEvent(
                ASSESSMENT, AssessmentKind.MID_TERM, ITPP, GEORGIA, "GEO", 2026, baseline());
    }

    private static GoalRatedEvent rated(UUID goal) {
        return new GoalRatedEvent(ASSESSMENT, goal, GoalRating.ON_TRACK, "Milestones met");
    }

    private static Object[] readyToSubmit() {
        return new Object[] {
            opened(), rated(GOAL), rated(OTHER_GOAL), new RecommendationsWrittenEvent(ASSESSMENT, RECOMMENDATIONS)
        };
    }

    private Object[] circulated() {
        return new Object[] {
            opened(),
            rated(GOAL),
            rated(OTHER_GOAL),
            new RecommendationsWrittenEvent(ASSESSMENT, RECOMMENDATIONS),
            new AssessmentSubmittedEvent(ASSESSMENT),
            new AssessmentCirculatedEvent(ASSESSMENT, now.plus(Duration.ofDays(10)), ROSTER)
        };
    }

    private ItppAssessmentApprovedEvent approvedEvent() {
        return new ItppAssessmentApprovedEvent(
                ASSESSMENT,
                AssessmentKind.MID_TERM,
                ITPP,
                GEORGIA,
                "GEO",
                now.plus(Duration.ofDays(10)),
                RECOMMENDATIONS);
    }

    private Object[] approved() {
        Object[] before = circulated();
        Object[] all = java.util.Arrays.copyOf(before, before.length + 1);
        all[before.length] = approvedEvent();
        return all;
    }

    @Test
    void opens_an_assessment_with_the_goals_it_rates() {
        fixture.givenNoPriorActivity()
                .when(new OpenItppAssessmentCommand(
                        ASSESSMENT, AssessmentKind.MID_TERM, ITPP, GEORGIA, "GEO", 2026, List.of(), baseline()))
                .expectEvents(opened());
    }

    @Test
    void staff_open_an_assessment_by_hand_pre_filled_from_the_itpp_as_known() {
        fixture.givenNoPriorActivity()
                .when(new OpenItppAssessmentByHandCommand(ASSESSMENT, ITPP, AssessmentKind.MID_TERM))
                .expectEvents(opened());
    }

    @Test
    void an_itpp_this_service_has_not_met_cannot_be_assessed() {
        fixture.givenNoPriorActivity()
                .when(new OpenItppAssessmentByHandCommand(ASSESSMENT, NOT_IN_BASELINE, AssessmentKind.MID_TERM))
                .expectException(UnknownItpp.class);
    }

    @Test
    void an_assessment_names_its_kind() {
        fixture.givenNoPriorActivity()
                .when(new OpenItppAssessmentCommand(
                        ASSESSMENT, null, ITPP, GEORGIA, "GEO", 2026, List.of(), baseline()))
                .expectException(InvalidCommand.class);
    }

    @Test
    void staff_rate_a_goal_of_the_baseline_with_a_justification() {
        given(opened())
                .when(new RateGoalCommand(ASSESSMENT, null, GOAL, GoalRating.PARTIALLY_ON_TRACK, "  One year late "))
                .expectEvents(new GoalRatedEvent(ASSESSMENT, GOAL, GoalRating.PARTIALLY_ON_TRACK, "One year late"));
    }

    @Test
    void a_goal_outside_the_baseline_cannot_be_rated() {
        given(opened())
                .when(new RateGoalCommand(ASSESSMENT, null, NOT_IN_BASELINE, GoalRating.ACHIEVED, "Done"))
                .expectException(GoalNotAssessed.class);
    }

    @Test
    void a_rating_needs_a_value_and_a_justification() {
        given(opened())
                .when(new RateGoalCommand(ASSESSMENT, null, GOAL, null, "Why"))
                .expectException(InvalidCommand.class);
        given(opened())
                .when(new RateGoalCommand(ASSESSMENT, null, GOAL, GoalRating.ACHIEVED, "  "))
                .expectException(InvalidCommand.class);
    }

    @Test
    void rating_a_goal_again_as_it_stands_stores_nothing_and_a_new_rating_replaces_it() {
        given(opened(), rated(GOAL))
                .when(new RateGoalCommand(ASSESSMENT, null, GOAL, GoalRating.ON_TRACK, "Milestones met"))
                .expectNoEvents();
        given(opened(), rated(GOAL))
                .when(new RateGoalCommand(ASSESSMENT, null, GOAL, GoalRating.NOT_ON_TRACK, "Evaluation failed"))
                .expectEvents(new GoalRatedEvent(ASSESSMENT, GOAL, GoalRating.NOT_ON_TRACK, "Evaluation failed"));
    }

    @Test
    void staff_write_the_recommendations() {
        given(opened())
                .when(new WriteRecommendationsCommand(ASSESSMENT, null, RECOMMENDATIONS))
                .expectEvents(new RecommendationsWrittenEvent(ASSESSMENT, RECOMMENDATIONS));
        given(opened())
                .when(new WriteRecommendationsCommand(ASSESSMENT, null, ""))
                .expectException(InvalidCommand.class);
    }

    @Test
    void submission_needs_every_goal_rated() {
        given(opened(), rated(GOAL), new RecommendationsWrittenEvent(ASSESSMENT, RECOMMENDATIONS))
                .when(new SubmitAssessmentCommand(ASSESSMENT, null))
                .expectException(GoalsNotRated.class);
    }

    @Test
    void a_mid_term_assessment_is_submitted_only_with_recommendations() {
        given(opened(), rated(GOAL), rated(OTHER_GOAL))
                .when(new SubmitAssessmentCommand(ASSESSMENT, null))
                .expectException(RecommendationsMissing.class);
    }

    @Test
    void a_rated_assessment_with_recommendations_is_submitted() {
        given(readyToSubmit())
                .when(new SubmitAssessmentCommand(ASSESSMENT, null))
                .expectEvents(new AssessmentSubmittedEvent(ASSESSMENT));
    }

    @Test
    void ratings_and_recommendations_change_only_in_draft() {
        given(readyToSubmit())
                .andGiven(new AssessmentSubmittedEvent(ASSESSMENT))
                .when(new RateGoalCommand(ASSESSMENT, null, GOAL, GoalRating.ACHIEVED, "Done"))
                .expectException(NotInDraft.class);
        given(readyToSubmit())
                .andGiven(new AssessmentSubmittedEvent(ASSESSMENT))
                .when(new WriteRecommendationsCommand(ASSESSMENT, null, "Other"))
                .expectException(NotInDraft.class);
    }

    @Test
    void the_partner_comments_once_consulted_on_the_submitted_text() {
        given(readyToSubmit())
                .when(new RecordPartnerCommentCommand(ASSESSMENT, "GEO", "Too early"))
                .expectException(PartnerNotYetConsulted.class);
        given(readyToSubmit())
                .andGiven(new AssessmentSubmittedEvent(ASSESSMENT))
                .when(new RecordPartnerCommentCommand(ASSESSMENT, "GEO", " The delay was the evaluators' "))
                .expectEvents(new PartnerCommentRecordedEvent(ASSESSMENT, "GEO", "The delay was the evaluators'"));
        given(circulated())
                .when(new RecordPartnerCommentCommand(ASSESSMENT, "GEO", "Agreed"))
                .expectEvents(new PartnerCommentRecordedEvent(ASSESSMENT, "GEO", "Agreed"));
    }

    @Test
    void the_partner_may_still_comment_when_an_objection_returned_the_text_to_draft() {
        given(circulated())
                .andGiven(new AssessmentSilenceBrokenEvent(ASSESSMENT, "NOR", "Rate it lower"))
                .when(new RecordPartnerCommentCommand(ASSESSMENT, "GEO", "We disagree"))
                .expectEvents(new PartnerCommentRecordedEvent(ASSESSMENT, "GEO", "We disagree"));
    }

    @Test
    void only_the_assessed_partner_comments_and_only_with_text() {
        given(circulated())
                .when(new RecordPartnerCommentCommand(ASSESSMENT, "UKR", "Ours"))
                .expectException(NotThisPartner.class);
        given(circulated())
                .when(new RecordPartnerCommentCommand(ASSESSMENT, "GEO", " "))
                .expectException(InvalidCommand.class);
    }

    @Test
    void circulation_needs_a_submitted_text_and_schedules_the_silence_deadline() {
        given(readyToSubmit())
                .when(new CirculateAssessmentCommand(ASSESSMENT, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .expectException(NotSubmitted.class);
        given(readyToSubmit())
                .andGiven(new AssessmentSubmittedEvent(ASSESSMENT))
                .when(new CirculateAssessmentCommand(ASSESSMENT, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .expectEvents(new AssessmentCirculatedEvent(ASSESSMENT, now.plus(Duration.ofDays(10)), ROSTER))
                .expectScheduledDeadline(Duration.ofDays(10), new SilenceDeadline(now.plus(Duration.ofDays(10))));
    }

    @Test
    void approves_the_assessment_with_its_recommendations_when_silence_holds_to_the_deadline() {
        given(readyToSubmit())
                .andGiven(new AssessmentSubmittedEvent(ASSESSMENT))
                .andGivenCommands(
                        new CirculateAssessmentCommand(ASSESSMENT, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeElapses(Duration.ofDays(11))
                .expectTriggeredDeadlines(new SilenceDeadline(now.plus(Duration.ofDays(10))))
                .expectEvents(approvedEvent());
    }

    @Test
    void an_ally_on_the_roster_breaks_silence_and_the_text_is_a_draft_again() {
        given(circulated())
                .when(new BreakAssessmentSilenceCommand(ASSESSMENT, "NOR", "Rate the battalion lower", now))
                .expectEvents(new AssessmentSilenceBrokenEvent(ASSESSMENT, "NOR", "Rate the battalion lower"));
        given(circulated())
                .andGiven(new AssessmentSilenceBrokenEvent(ASSESSMENT, "NOR", "Rate the battalion lower"))
                .when(new RateGoalCommand(ASSESSMENT, null, GOAL, GoalRating.NOT_ON_TRACK, "As Norway says"))
                .expectEvents(new GoalRatedEvent(ASSESSMENT, GOAL, GoalRating.NOT_ON_TRACK, "As Norway says"));
        given(circulated())
                .when(new BreakAssessmentSilenceCommand(ASSESSMENT, "SWE", "Late", now))
                .expectException(NotOnAllyRoster.class);
    }

    @Test
    void an_approved_assessment_is_frozen() {
        given(approved())
                .when(new RateGoalCommand(ASSESSMENT, null, GOAL, GoalRating.ACHIEVED, "Done"))
                .expectException(AlreadyApproved.class);
        given(approved())
                .when(new WriteRecommendationsCommand(ASSESSMENT, null, "Other"))
                .expectException(AlreadyApproved.class);
        given(approved()).when(new SubmitAssessmentCommand(ASSESSMENT, null)).expectException(AlreadyApproved.class);
        given(approved())
                .when(new RecordPartnerCommentCommand(ASSESSMENT, "GEO", "Late word"))
                .expectException(AssessmentFrozen.class);
    }
}
