package org.oneplan.assessment.rest;

import static org.awaitility.Awaitility.await;
import static org.oneplan.assessment.rest.AssessmentApi.as;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.oneplan.assessment.api.ParpAssessmentIds;
import org.oneplan.platform.testing.TestTokens;

/** PARP assessments brought to a state through the PARP topic and HTTP, for tests about something else. */
final class ParpFixtures {

    private ParpFixtures() {}

    /** Staff open the assessment once the PARP topic has told this service the cycle and its approved goals. */
    static String open(UUID cycleId, int reviewYear) {
        String id = ParpAssessmentIds.of(cycleId, reviewYear, 1).toString();
        // A first pause: the cycle's later events (progress) share its partition and come right after.
        await().pollDelay(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.staff())
                                .body(Map.of("parpCycleId", cycleId.toString(), "reviewYear", reviewYear))
                                .post("/parp-assessments")
                                .then()
                                .extract()
                                .statusCode()
                        == 201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.staff())
                                .get("/parp-assessments/" + id)
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        return id;
    }

    /** A PARP assessment of one goal of the partner's cycle in that ITPP, submitted: the partner reads it. */
    static String submittedFor(String kafka, UUID itppId, String partnerCode) {
        Parps.Cycle cycle = new Parps(kafka).opened(partnerCode, 2026, itppId);
        UUID goal =
                cycle.approved(Instant.parse("2026-06-01T09:00:00Z"), "G 0101").get(0);
        String id = open(cycle.id, 2027);
        String path = "/parp-assessments/" + id;
        Parps.asStaffOn(id)
                .body(Map.of("status", "IN_PROGRESS", "rating", "ON_TRACK", "justification", "On plan"))
                .put(path + "/goals/" + goal + "/assessment")
                .then()
                .statusCode(200);
        Parps.asStaffOn(id)
                .body(Map.of("text", "On plan"))
                .put(path + "/overall")
                .then()
                .statusCode(200);
        Parps.asStaffOn(id).post(path + "/submission").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.partner(partnerCode))
                                .get(path)
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        return id;
    }
}
