package org.oneplan.assessment.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.oneplan.assessment.rest.AssessmentApi.as;
import static org.oneplan.assessment.rest.AssessmentApi.asStaffOn;
import static org.oneplan.assessment.rest.AssessmentApi.awaitMidTermOf;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

/** A correction of an approved assessment through HTTP: its next revision, a draft over the same goals. */
@QuarkusTest
class AssessmentRevisionFlowTest extends AssessmentHttpTest {

    @Test
    void an_approved_assessment_is_corrected_by_a_new_revision_which_is_rated_and_approved_again() {
        Itpps.Itpp itpp = itpps().drafted("KGZ", 2026);
        UUID goal = itpp.goalWithMilestone(UUID.randomUUID(), UUID.randomUUID(), "Peacekeeping company");
        itpp.yearBegan(2);
        String first = awaitMidTermOf(itpp.id);
        asStaffOn(first)
                .post("/assessments/" + first + "/revisions")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:assessment-not-approved"));
        asStaffOn(first)
                .body(Map.of("rating", "ON_TRACK", "justification", "Company trained"))
                .put("/assessments/" + first + "/goals/" + goal + "/rating")
                .then()
                .statusCode(200);
        asStaffOn(first)
                .body(Map.of("text", "Keep the plan"))
                .put("/assessments/" + first + "/recommendations")
                .then()
                .statusCode(200);
        AssessmentApi.submitAndLetSilencePass(first, clock);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/assessments/" + first)
                        .then()
                        .body("status", equalTo("APPROVED")));

        String second = as(TestTokens.staff())
                .post("/assessments/" + first + "/revisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(TestTokens.staff())
                .get("/assessments/" + second + "?minVersion=0")
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("revisionOf", equalTo(first))
                .body("status", equalTo("DRAFT"))
                .body("goals[0].goalId", equalTo(goal.toString()))
                .body("goals[0].rating", equalTo(null));
        as(TestTokens.staff())
                .post("/assessments/" + first + "/revisions")
                .then()
                .statusCode(409);

        asStaffOn(second)
                .body(Map.of("rating", "NOT_ON_TRACK", "justification", "The evaluation was postponed"))
                .put("/assessments/" + second + "/goals/" + goal + "/rating")
                .then()
                .statusCode(200);
        asStaffOn(second)
                .body(Map.of("text", "Reschedule the evaluation"))
                .put("/assessments/" + second + "/recommendations")
                .then()
                .statusCode(200);
        AssessmentApi.submitAndLetSilencePass(second, clock);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/itpp-results/" + itpp.id + "/traceability")
                        .then()
                        .statusCode(200));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/assessments/" + second)
                        .then()
                        .body("status", equalTo("APPROVED")));
    }
}
