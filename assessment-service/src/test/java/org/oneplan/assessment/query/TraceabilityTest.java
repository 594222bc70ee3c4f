package org.oneplan.assessment.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.itpp.ActivityStatus;

class TraceabilityTest {

    private static final Traceability.ParpGoalTrace RADAR =
            new Traceability.ParpGoalTrace(UUID.randomUUID(), "G 0101", "Deployable infantry battalion", "ON_TRACK");

    @Test
    void traces_objective_to_goal_to_parp_goals_activities_and_approved_ratings() {
        Traceability trace = Traceability.of(
                ResultsFixture.itpp("Deployable battalion"),
                List.of(ResultsFixture.approvedMidTerm()),
                goal -> goal.equals(ResultsFixture.GOAL) ? List.of(RADAR) : List.of());

        assertThat(trace.partnerCode()).isEqualTo("GEO");
        assertThat(trace.objectives()).singleElement().satisfies(objective -> {
            assertThat(objective.objectiveId()).isEqualTo(ResultsFixture.OBJECTIVE);
            assertThat(objective.ratings()).isEmpty(); // a mid-term rates goals only
            assertThat(objective.goals()).singleElement().satisfies(goal -> {
                assertThat(goal.goalId()).isEqualTo(ResultsFixture.GOAL);
                assertThat(goal.parpGoals()).containsExactly(RADAR);
                assertThat(goal.activities())
                        .containsExactly(new Traceability.ActivityTrace(
                                ResultsFixture.COURSE,
                                "Staff officer course",
                                ActivityStatus.PLANNED,
                                "PCM-2026-0042"));
                assertThat(goal.ratings()).singleElement().satisfies(rating -> {
                    assertThat(rating.kind()).isEqualTo(AssessmentKind.MID_TERM);
                    assertThat(rating.rating()).isEqualTo(GoalRating.ON_TRACK);
                    assertThat(rating.assessmentId()).isEqualTo(ResultsFixture.ASSESSMENT);
                });
            });
        });
    }

    @Test
    void a_draft_assessment_gives_no_rating_yet() {
        Traceability trace = Traceability.of(ResultsFixture.itpp("Deployable battalion"), List.of(), goal -> List.of());

        assertThat(trace.objectives().get(0).goals().get(0).ratings()).isEmpty();
    }
}
