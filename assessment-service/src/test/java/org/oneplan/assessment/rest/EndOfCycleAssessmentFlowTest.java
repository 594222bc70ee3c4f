package org.oneplan.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.assessment.rest.AssessmentApi.as;
import static org.oneplan.assessment.rest.AssessmentApi.asStaffOn;
import static org.oneplan.assessment.rest.AssessmentApi.awaitAssessmentOf;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

/**
 * The end-of-cycle assessment (output 5) from the ITPP's year 4 to its approval, through Kafka and HTTP:
 * opened by itself with objectives and goals, rated, the next cycle recommended, approved, published with
 * the recommendation that itpp-service drafts the next cycle from.
 */
@QuarkusTest
class EndOfCycleAssessmentFlowTest extends AssessmentHttpTest {

    @Test
    void year_4_opens_the_end_of_cycle_assessment_which_once_approved_publishes_the_next_cycle_recommendation() {
        Itpps.Itpp itpp = itpps().drafted("ARM", 2026);
        UUID objective = itpp.objective("Interoperable land forces");
        UUID goal = itpp.goalWithMilestone(UUID.randomUUID(), UUID.randomUUID(), "Deployable battalion");
        itpp.approved(clock.instant());
        itpp.yearBegan(2);
        itpp.yearBegan(3);
        itpp.yearBegan(4);

        String assessment = awaitAssessmentOf(itpp.id, AssessmentKind.END_OF_CYCLE);
        String path = "/assessments/" + assessment;
        as(TestTokens.staff())
                .get(path)
                .then()
                .statusCode(200)
                .body("kind", equalTo("END_OF_CYCLE"))
                .body("objectives", hasSize(1))
                .body("objectives[0].objectiveId", equalTo(objective.toString()))
                .body("objectives[0].title", equalTo("Interoperable land forces"))
                .body("goals[0].goalId", equalTo(goal.toString()))
                .body("nextCycle", equalTo(null));

        asStaffOn(assessment)
                .body(Map.of("rating", "ACHIEVED", "justification", "NEL2 passed"))
                .put(path + "/goals/" + goal + "/rating")
                .then()
                .statusCode(200);
        asStaffOn(assessment)
                .post(path + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:objectives-not-rated"));
        asStaffOn(assessment)
                .body(Map.of("rating", "ACHIEVED", "justification", "Battalion certified"))
                .put(path + "/objectives/" + objective + "/rating")
                .then()
                .statusCode(200);
        asStaffOn(assessment)
                .post(path + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:next-cycle-not-recommended"));
        asStaffOn(assessment)
                .body(Map.of(
                        "carryOverGoalIds",
                        List.of(UUID.randomUUID().toString()),
                        "newObjectives",
                        List.of(),
                        "newGoals",
                        List.of()))
                .put(path + "/next-cycle")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:goal-not-in-assessment"));
        asStaffOn(assessment)
                .body(Map.of("carryOverGoalIds", List.of(), "newObjectives", List.of(), "newGoals", List.of()))
                .put(path + "/next-cycle")
                .then()
                .statusCode(400);
        asStaffOn(assessment)
                .body(Map.of(
                        "carryOverGoalIds",
                        List.of(goal.toString()),
                        "newObjectives",
                        List.of("Maritime domain awareness"),
                        "newGoals",
                        List.of("A coastal radar picture shared with NATO")))
                .put(path + "/next-cycle")
                .then()
                .statusCode(200);
        AssessmentApi.submitAndLetSilencePass(assessment, clock);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.partner("ARM"))
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("APPROVED"))
                        .body("objectives[0].rating", equalTo("ACHIEVED"))
                        .body("nextCycle.carryOverGoalIds", equalTo(List.of(goal.toString())))
                        .body("nextCycle.newObjectives", equalTo(List.of("Maritime domain awareness"))));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TopicReader.readAll(kafka, "oneplan.assessment.events").stream()
                                .filter(r -> assessment.equals(r.key()))
                                .map(r -> r.event().getType())
                                .toList())
                        .contains(
                                "org.oneplan.assessment.EndOfCycleAssessmentOpened.v1",
                                "org.oneplan.assessment.ObjectiveRated.v1",
                                "org.oneplan.assessment.NextCycleRecommended.v1",
                                "org.oneplan.assessment.EndOfCycleAssessmentApproved.v1"));
    }

    @Test
    void a_mid_term_assessment_has_no_next_cycle_to_recommend() {
        Itpps.Itpp itpp = itpps().drafted("AZE", 2026);
        UUID goal = itpp.goalWithMilestone(UUID.randomUUID(), UUID.randomUUID(), "Deployable battalion");
        itpp.yearBegan(2);
        String assessment = awaitAssessmentOf(itpp.id, AssessmentKind.MID_TERM);
        asStaffOn(assessment)
                .body(Map.of(
                        "carryOverGoalIds",
                        List.of(goal.toString()),
                        "newObjectives",
                        List.of(),
                        "newGoals",
                        List.of()))
                .put("/assessments/" + assessment + "/next-cycle")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:not-an-end-of-cycle-assessment"));
        asStaffOn(assessment)
                .body(Map.of("rating", "ACHIEVED", "justification", "No objectives at mid-term"))
                .put("/assessments/" + assessment + "/objectives/" + UUID.randomUUID() + "/rating")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:objective-not-in-assessment"));
    }
}
