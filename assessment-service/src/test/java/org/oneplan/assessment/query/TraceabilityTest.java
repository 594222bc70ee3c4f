package org.oneplan.assessment.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.messaging.ParpCycleView;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.contracts.assessment.occ.OccGoalsLinkedEvent;
import org.oneplan.contracts.assessment.occ.OccUnitDeclaredEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;

class TraceabilityTest {

    private static final UUID CYCLE = UUID.fromString("c1c1c1c1-0000-4000-8000-0000000000c1");
    private static final UUID UNIT = UUID.fromString("d2d2d2d2-0000-4000-8000-0000000000d2");

    private static ParpCycleView parpCycle() {
        ParpCycleView cycle = ParpCycleView.fold(
                null, new ParpCycleOpenedEvent(CYCLE, ResultsFixture.GEORGIA, "GEO", 2026, ResultsFixture.ITPP));
        return ParpCycleView.fold(
                cycle,
                new ParpPackageApprovedEvent(
                        CYCLE,
                        Instant.parse("2026-06-01T00:00:00Z"),
                        ResultsFixture.GEORGIA,
                        "GEO",
                        ResultsFixture.ITPP,
                        List.of(
                                new ApprovedParpGoal(
                                        UUID.randomUUID(),
                                        "G 0101",
                                        "Deployable infantry battalion",
                                        CapabilityArea.values()[0],
                                        2026,
                                        2027,
                                        List.of(ResultsFixture.GOAL)),
                                new ApprovedParpGoal(
                                        UUID.randomUUID(),
                                        "G 0202",
                                        "Coastal radar",
                                        CapabilityArea.values()[0],
                                        2026,
                                        2027,
                                        List.of()))));
    }

    private static OccUnitDocument occUnit() {
        OccUnitDocument unit = OccUnitDocument.fold(
                null,
                new OccUnitDeclaredEvent(
                        UNIT, ResultsFixture.GEORGIA, "GEO", OccDomain.LAND, "1st Battalion", "battalion", "Infantry"),
                0);
        return OccUnitDocument.fold(
                unit, new OccGoalsLinkedEvent(UNIT, ResultsFixture.ITPP, List.of(ResultsFixture.GOAL)), 1);
    }

    @Test
    void traces_objective_to_goal_to_parp_goals_occ_units_activities_and_approved_ratings() {
        Traceability trace = Traceability.of(
                ResultsFixture.itpp("Deployable battalion"),
                List.of(ResultsFixture.approvedMidTerm()),
                List.of(parpCycle()),
                List.of(occUnit()));

        assertThat(trace.partnerCode()).isEqualTo("GEO");
        assertThat(trace.objectives()).singleElement().satisfies(objective -> {
            assertThat(objective.objectiveId()).isEqualTo(ResultsFixture.OBJECTIVE);
            assertThat(objective.ratings()).isEmpty(); // a mid-term rates goals only
            assertThat(objective.goals()).singleElement().satisfies(goal -> {
                assertThat(goal.goalId()).isEqualTo(ResultsFixture.GOAL);
                assertThat(goal.parpGoals())
                        .containsExactly(
                                new Traceability.ParpGoalTrace(CYCLE, "G 0101", "Deployable infantry battalion", null));
                assertThat(goal.occUnits()).containsExactly(new Traceability.OccUnitTrace(UNIT, "1st Battalion", null));
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
        Traceability trace =
                Traceability.of(ResultsFixture.itpp("Deployable battalion"), List.of(), List.of(), List.of());

        assertThat(trace.objectives().get(0).goals().get(0).ratings()).isEmpty();
    }
}
