package org.oneplan.assessment.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.api.AssessmentCommands.CirculateAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentByHandCommand;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.RateObjectiveCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecommendNextCycleCommand;
import org.oneplan.assessment.api.AssessmentCommands.SubmitAssessmentCommand;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.assessment.command.AssessmentRefusals.GoalNotAssessed;
import org.oneplan.assessment.command.AssessmentRefusals.NextCycleNotRecommended;
import org.oneplan.assessment.command.AssessmentRefusals.NotEndOfCycle;
import org.oneplan.assessment.command.AssessmentRefusals.ObjectiveNotAssessed;
import org.oneplan.assessment.command.AssessmentRefusals.ObjectivesNotRated;
import org.oneplan.contracts.assessment.AssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRatedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.NextCycleRecommendedEvent;
import org.oneplan.contracts.assessment.ObjectiveBaseline;
import org.oneplan.contracts.assessment.ObjectiveRatedEvent;
import org.oneplan.contracts.assessment.RecommendationsWrittenEvent;
import org.oneplan.platform.approval.ApprovalRefusals.AlreadyApproved;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;

/** Output 5: the end-of-cycle assessment rates objectives and goals and recommends the next cycle. */
class EndOfCycleAssessmentTest {

    private static final UUID ASSESSMENT = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    private static final UUID ITPP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID GOAL = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    private static final UUID OBJECTIVE = UUID.fromString("e5e5e5e5-0000-4000-8000-0000000000e5");
    private static final UUID UNKNOWN = UUID.fromString("f6f6f6f6-0000-4000-8000-0000000000f6");
    private static final List<ObjectiveBaseline> OBJECTIVES =
            List.of(new ObjectiveBaseline(OBJECTIVE, "Interoperable land forces"));
    private static final List<GoalBaseline> GOALS =
            List.of(new GoalBaseline(GOAL, "Deployable battalion", List.of(), List.of()));
    private static final List<String> ROSTER = List.of("FRA", "NOR");

    private final Instant now = Instant.parse("2029-03-01T09:00:00Z");
    private AggregateTestFixture<ItppAssessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ItppAssessment.class);
        fixture.registerInjectableResource((KnownItpps) itppId -> Optional.of(
                new KnownItpps.KnownItpp(ITPP, GEORGIA, "GEO", 2026, OBJECTIVES, GOALS, java.util.Map.of())));
    }

    private TestExecutor<ItppAssessment> given(Object... events) {
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    private static EndOfCycleAssessmentOpenedEvent opened() {
        return new EndOfCycleAssessmentOpenedEvent(ASSESSMENT, ITPP, GEORGIA, "GEO", 2026, OBJECTIVES, GOALS);
    }

    private static NextCycleRecommendedEvent recommended() {
        return new NextCycleRecommendedEvent(
                ASSESSMENT, List.of(GOAL), List.of("Maritime domain awareness"), List.of("A coastal radar"));
    }

    private static Object[] rated() {
        return new Object[] {
            opened(),
            new ObjectiveRatedEvent(ASSESSMENT, OBJECTIVE, GoalRating.ACHIEVED, "Battalion certified"),
            new GoalRatedEvent(ASSESSMENT, GOAL, GoalRating.ACHIEVED, "NEL2 passed")
        };
    }

    @Test
    void year_four_opens_an_end_of_cycle_assessment_rating_objectives_and_goals() {
        fixture.givenNoPriorActivity()
                .when(new OpenItppAssessmentCommand(
                        ASSESSMENT, AssessmentKind.END_OF_CYCLE, ITPP, GEORGIA, "GEO", 2026, OBJECTIVES, GOALS))
                .expectEvents(opened());
        fixture.givenNoPriorActivity()
                .when(new OpenItppAssessmentByHandCommand(ASSESSMENT, ITPP, AssessmentKind.END_OF_CYCLE))
                .expectEvents(opened());
    }

    @Test
    void staff_rate_each_strategic_objective_with_a_justification() {
        given(opened())
                .when(new RateObjectiveCommand(ASSESSMENT, null, OBJECTIVE, GoalRating.ACHIEVED, " Certified "))
                .expectEvents(new ObjectiveRatedEvent(ASSESSMENT, OBJECTIVE, GoalRating.ACHIEVED, "Certified"));
        given(opened(), new ObjectiveRatedEvent(ASSESSMENT, OBJECTIVE, GoalRating.ACHIEVED, "Certified"))
                .when(new RateObjectiveCommand(ASSESSMENT, null, OBJECTIVE, GoalRating.ACHIEVED, "Certified"))
                .expectNoEvents();
        given(opened())
                .when(new RateObjectiveCommand(ASSESSMENT, null, UNKNOWN, GoalRating.ACHIEVED, "Certified"))
                .expectException(ObjectiveNotAssessed.class);
        given(opened())
                .when(new RateObjectiveCommand(ASSESSMENT, null, OBJECTIVE, null, "Certified"))
                .expectException(InvalidCommand.class);
    }

    @Test
    void staff_recommend_the_next_cycle_carrying_over_assessed_goals_only() {
        given(opened())
                .when(new RecommendNextCycleCommand(
                        ASSESSMENT,
                        null,
                        List.of(GOAL, GOAL),
                        List.of(" Maritime domain awareness "),
                        List.of("A coastal radar")))
                .expectEvents(recommended());
        given(opened(), recommended())
                .when(new RecommendNextCycleCommand(
                        ASSESSMENT,
                        null,
                        List.of(GOAL),
                        List.of("Maritime domain awareness"),
                        List.of("A coastal radar")))
                .expectNoEvents();
        given(opened())
                .when(new RecommendNextCycleCommand(ASSESSMENT, null, List.of(UNKNOWN), List.of(), List.of()))
                .expectException(GoalNotAssessed.class);
        given(opened())
                .when(new RecommendNextCycleCommand(ASSESSMENT, null, List.of(), List.of(), List.of()))
                .expectException(InvalidCommand.class);
        given(opened())
                .when(new RecommendNextCycleCommand(ASSESSMENT, null, List.of(), List.of(" "), List.of()))
                .expectException(InvalidCommand.class);
    }

    @Test
    void only_an_end_of_cycle_assessment_recommends_the_next_cycle() {
        given(new ItppAssessmentOpenedEvent(ASSESSMENT, AssessmentKind.MID_TERM, ITPP, GEORGIA, "GEO", 2026, GOALS))
                .when(new RecommendNextCycleCommand(ASSESSMENT, null, List.of(GOAL), List.of(), List.of()))
                .expectException(NotEndOfCycle.class);
    }

    @Test
    void submission_needs_every_objective_rated_and_the_next_cycle_recommended() {
        given(opened(), new GoalRatedEvent(ASSESSMENT, GOAL, GoalRating.ACHIEVED, "NEL2 passed"), recommended())
                .when(new SubmitAssessmentCommand(ASSESSMENT, null))
                .expectException(ObjectivesNotRated.class);
        given(rated())
                .when(new SubmitAssessmentCommand(ASSESSMENT, null))
                .expectException(NextCycleNotRecommended.class);
        given(rated())
                .andGiven(recommended())
                .when(new SubmitAssessmentCommand(ASSESSMENT, null))
                .expectEvents(new AssessmentSubmittedEvent(ASSESSMENT));
    }

    @Test
    void approval_at_the_silence_deadline_carries_the_recommendation_for_the_next_cycle() {
        Instant deadline = now.plus(Duration.ofDays(10));
        given(rated())
                .andGiven(
                        new RecommendationsWrittenEvent(ASSESSMENT, "Keep the land focus"),
                        recommended(),
                        new AssessmentSubmittedEvent(ASSESSMENT))
                .andGivenCommands(new CirculateAssessmentCommand(ASSESSMENT, null, deadline, ROSTER, now))
                .whenTimeElapses(Duration.ofDays(11))
                .expectTriggeredDeadlines(new SilenceDeadline(deadline))
                .expectEvents(new EndOfCycleAssessmentApprovedEvent(
                        ASSESSMENT,
                        ITPP,
                        GEORGIA,
                        "GEO",
                        deadline,
                        "Keep the land focus",
                        List.of(GOAL),
                        List.of("Maritime domain awareness"),
                        List.of("A coastal radar")));
    }

    @Test
    void an_approved_end_of_cycle_assessment_is_frozen() {
        Instant deadline = now.plus(Duration.ofDays(10));
        given(rated())
                .andGiven(
                        recommended(),
                        new AssessmentSubmittedEvent(ASSESSMENT),
                        new AssessmentCirculatedEvent(ASSESSMENT, deadline, ROSTER),
                        new EndOfCycleAssessmentApprovedEvent(
                                ASSESSMENT, ITPP, GEORGIA, "GEO", deadline, null, List.of(GOAL), List.of(), List.of()))
                .when(new RecommendNextCycleCommand(ASSESSMENT, null, List.of(), List.of("Other"), List.of()))
                .expectException(AlreadyApproved.class);
    }
}
