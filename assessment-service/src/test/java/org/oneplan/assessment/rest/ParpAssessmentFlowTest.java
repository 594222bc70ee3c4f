package org.oneplan.assessment.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.assessment.rest.AssessmentApi.as;
import static org.oneplan.assessment.rest.AssessmentApi.awaitMidTermOf;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.api.ParpAssessmentIds;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.platform.testing.TestTokens;

/**
 * A PARP assessment from the PARP topic to its approval, through Kafka and HTTP: the cycle learnt from
 * {@code oneplan.parp.events}, opened by staff pre-filled, assessed, consulted, approved under silence, shown
 * as evidence of the ITPP's mid-term, then corrected by a new revision.
 */
@QuarkusTest
class ParpAssessmentFlowTest extends AssessmentHttpTest {

    @Test
    void a_parp_assessment_is_opened_assessed_approved_and_stands_as_evidence_for_the_mid_term() {
        Itpps.Itpp itpp = itpps().drafted("GEO", 2026);
        itpp.yearBegan(2);
        String midTerm = awaitMidTermOf(itpp.id);
        Parps.Cycle cycle = new Parps(kafka).opened("GEO", 2026, itpp.id);
        List<UUID> goals = cycle.approved(clock.instant(), "G 0101", "G 0202");
        cycle.progress(goals.get(0), ImplementationStatus.IN_PROGRESS, "Level 1 passed");
        String id = ParpFixtures.open(cycle.id, 2027);
        String path = "/parp-assessments/" + id;

        as(TestTokens.ally("NOR"))
                .get(path)
                .then()
                .statusCode(200)
                .body("partnerCode", equalTo("GEO"))
                .body("itppId", equalTo(itpp.id.toString()))
                .body("reviewYear", equalTo(2027))
                .body("revision", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("goals", hasSize(2))
                .body("goals[0].code", equalTo("G 0101"))
                .body("goals[0].reportedStatus", equalTo("IN_PROGRESS"))
                .body("goals[0].reportedEvidence", equalTo("Level 1 passed"));
        as(TestTokens.staff())
                .body(Map.of("parpCycleId", cycle.id.toString(), "reviewYear", 2027))
                .post("/parp-assessments")
                .then()
                .statusCode(409);
        as(TestTokens.partner("GEO")).get(path).then().statusCode(404);

        Parps.asStaffOn(id)
                .post(path + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:goals-not-rated"));
        for (UUID goal : goals) {
            Parps.asStaffOn(id)
                    .body(Map.of("status", "PARTIALLY_IMPLEMENTED", "rating", "ON_TRACK", "justification", "On plan"))
                    .put(path + "/goals/" + goal + "/assessment")
                    .then()
                    .statusCode(200);
        }
        Parps.asStaffOn(id)
                .body(Map.of("status", "DONE", "rating", "ON_TRACK", "justification", "Not a status"))
                .put(path + "/goals/" + goals.get(0) + "/assessment")
                .then()
                .statusCode(400);
        as(TestTokens.staff())
                .header("If-Match", "\"1\"")
                .body(Map.of("text", "Stale"))
                .put(path + "/overall")
                .then()
                .statusCode(409);
        Parps.asStaffOn(id)
                .post(path + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:overall-assessment-missing"));
        Parps.asStaffOn(id)
                .body(Map.of("text", "Steady progress; manning lags"))
                .put(path + "/overall")
                .then()
                .statusCode(200);
        Parps.asStaffOn(id).post(path + "/submission").then().statusCode(200);
        as(TestTokens.partner("GEO"))
                .body(Map.of("comment", "Manning improves with the 2027 budget"))
                .post(path + "/partner-comments")
                .then()
                .statusCode(200);
        Parps.asStaffOn(id)
                .body(Map.of(
                        "silenceEnds", clock.instant().plus(Duration.ofDays(10)).toString()))
                .post(path + "/circulation")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofDays(11));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.partner("GEO"))
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("APPROVED"))
                        .body("goals[1].rating", equalTo("ON_TRACK"))
                        .body("partnerComments[0].comment", equalTo("Manning improves with the 2027 budget")));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.ally("NOR"))
                        .get("/assessments/" + midTerm + "/parp-assessments")
                        .then()
                        .statusCode(200)
                        .body("id", equalTo(List.of(id))));
        // The mid-term itself is still a draft: not the partner's to read, nor its evidence.
        as(TestTokens.partner("GEO"))
                .get("/assessments/" + midTerm + "/parp-assessments")
                .then()
                .statusCode(404);
        Parps.asStaffOn(id)
                .body(Map.of("text", "Later news"))
                .put(path + "/overall")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:parp-assessment-approved"));
        as(TestTokens.partner("ARM")).get(path).then().statusCode(404);
    }

    @Test
    void a_correction_of_an_approved_parp_assessment_is_a_new_revision_approved_again() {
        Parps.Cycle cycle = new Parps(kafka).opened("MDA", 2026, null);
        UUID goal = cycle.approved(clock.instant(), "G 0303").get(0);
        String id = ParpFixtures.open(cycle.id, 2027);
        String path = "/parp-assessments/" + id;
        as(TestTokens.staff())
                .post(path + "/revisions")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:corrected-revision-not-approved"));
        Parps.asStaffOn(id)
                .body(Map.of("status", "IMPLEMENTED", "rating", "ACHIEVED", "justification", "Certified"))
                .put(path + "/goals/" + goal + "/assessment")
                .then()
                .statusCode(200);
        Parps.asStaffOn(id)
                .body(Map.of("text", "Done"))
                .put(path + "/overall")
                .then()
                .statusCode(200);
        Parps.asStaffOn(id).post(path + "/submission").then().statusCode(200);
        Parps.asStaffOn(id)
                .body(Map.of(
                        "silenceEnds", clock.instant().plus(Duration.ofDays(5)).toString()))
                .post(path + "/circulation")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofDays(6));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.staff()).get(path).then().body("status", equalTo("APPROVED")));

        String revision = ParpAssessmentIds.of(cycle.id, 2027, 2).toString();
        as(TestTokens.staff()).post(path + "/revisions").then().statusCode(201).body("id", equalTo(revision));
        as(TestTokens.staff()).post(path + "/revisions").then().statusCode(409);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/parp-assessments/" + revision)
                        .then()
                        .statusCode(200)
                        .body("revision", equalTo(2))
                        .body("corrects", equalTo(id))
                        .body("status", equalTo("DRAFT"))
                        .body("goals[0].rating", equalTo("ACHIEVED"))
                        .body("overall", equalTo("Done")));
        as(TestTokens.staff())
                .get("/parp-assessments?parpCycle=" + cycle.id)
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
    }
}
