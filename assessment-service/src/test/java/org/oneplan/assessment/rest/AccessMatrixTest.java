package org.oneplan.assessment.rest;

import static org.oneplan.platform.testing.AccessMatrix.EVERYONE_READS;
import static org.oneplan.platform.testing.AccessMatrix.OWN_NATION_READS;
import static org.oneplan.platform.testing.AccessMatrix.STAFF_WRITES;
import static org.oneplan.platform.testing.AccessMatrix.STAFF_WRITES_WITHOUT_IF_MATCH;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.AccessMatrix;

/**
 * Every endpoint of assessment-service with every caller. Answers, in the order of {@link AccessMatrix.Caller}:
 * staff, admin, inspector, ally, own partner delegation, another partner's delegation, no token, forged token.
 */
@QuarkusTest
class AccessMatrixTest extends AssessmentHttpTest {

    /** The partner delegation's own write with a body the matrix does not send: validation answers first. */
    private static final String OWN_PARTNER_WRITES_A_BODY = "403 403 403 403 400 400 401 401";

    /** A revision copies an approved assessment and overwrites nothing, so it takes no If-Match: none to copy. */
    private static final String STAFF_REVISES_NOTHING = "404 404 403 403 403 403 401 401";
    /** A write of a partner delegation or staff with a body the matrix does not send: validation answers first. */
    private static final String PARTNER_OR_STAFF_WRITES_A_BODY = "400 400 403 403 400 400 401 401";

    @Test
    void every_endpoint_answers_every_caller_as_the_access_rules_say() {
        // Turkmenistan's mid-term, with no goal to rate, submitted: the partner is consulted on it.
        Itpps.Itpp itpp = itpps().drafted("TKM", 2026);
        itpp.yearBegan(2);
        String id = AssessmentApi.awaitMidTermOf(itpp.id);
        String own = "/assessments/" + id;
        AssessmentApi.asStaffOn(id)
                .body(Map.of("text", "Keep the plan"))
                .put(own + "/recommendations")
                .then()
                .statusCode(200);
        AssessmentApi.asStaffOn(id).post(own + "/submission").then().statusCode(200);
        String nobody = "/assessments/" + UUID.randomUUID();
        String parp = "/parp-assessments/" + ParpFixtures.submittedFor(kafka, itpp.id, "TKM");
        String noParp = "/parp-assessments/" + UUID.randomUUID();
        String anp = "/anp-assessments/" + AnpAssessmentFlowTest.submittedFor(kafka, "TKM");
        String noAnp = "/anp-assessments/" + UUID.randomUUID();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> AssessmentApi.as(org.oneplan.platform.testing.TestTokens.partner("TKM"))
                                .get(own)
                                .then()
                                .extract()
                                .statusCode()
                        == 200);

        OccApi.registered(kafka, "TKM");
        String unit = OccApi.declared("TKM", "Peacekeeping company");
        String nobodysUnit = "/occ-units/" + UUID.randomUUID();

        AccessMatrix matrix = new AccessMatrix("TKM", "TJK")
                .expect("POST /assessments", "/assessments", STAFF_WRITES)
                .expect("GET /assessments", "/assessments", EVERYONE_READS)
                .expect("GET /assessments/{id}", own, OWN_NATION_READS)
                .expect("GET /assessments/{id}/history", own + "/history", OWN_NATION_READS)
                .expect(
                        "PUT /assessments/{id}/goals/{goalId}/rating",
                        nobody + "/goals/" + UUID.randomUUID() + "/rating",
                        STAFF_WRITES)
                .expect(
                        "PUT /assessments/{id}/objectives/{objectiveId}/rating",
                        nobody + "/objectives/" + UUID.randomUUID() + "/rating",
                        STAFF_WRITES)
                .expect("PUT /assessments/{id}/next-cycle", nobody + "/next-cycle", STAFF_WRITES)
                .expect("POST /assessments/{id}/revisions", nobody + "/revisions", STAFF_REVISES_NOTHING)
                .expect("PUT /assessments/{id}/recommendations", nobody + "/recommendations", STAFF_WRITES)
                .expect(
                        "POST /assessments/{id}/partner-comments",
                        nobody + "/partner-comments",
                        OWN_PARTNER_WRITES_A_BODY)
                .expect("POST /assessments/{id}/submission", nobody + "/submission", STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /assessments/{id}/circulation", nobody + "/circulation", STAFF_WRITES)
                .expect("POST /assessments/{id}/objections", nobody + "/objections", "403 403 403 400 403 403 401 401")
                .expect("GET /itpp-results/{itppId}", "/itpp-results/" + itpp.id, OWN_NATION_READS)
                .expect(
                        "GET /itpp-results/{itppId}/iati-activity.xml",
                        "/itpp-results/" + itpp.id + "/iati-activity.xml",
                        OWN_NATION_READS)
                .expect(
                        "GET /itpp-results/{itppId}/traceability",
                        "/itpp-results/" + itpp.id + "/traceability",
                        OWN_NATION_READS)
                .expect(
                        "GET /itpp-results/{itppId}/results.csv",
                        "/itpp-results/" + itpp.id + "/results.csv",
                        OWN_NATION_READS)
                .expect(
                        "PUT /assessments/{id}/goals/{goalId}/indicators/{indicatorId}/actual",
                        nobody + "/goals/" + UUID.randomUUID() + "/indicators/" + UUID.randomUUID() + "/actual",
                        STAFF_WRITES)
                .expect("POST /occ-units", "/occ-units", PARTNER_OR_STAFF_WRITES_A_BODY)
                .expect("GET /occ-units", "/occ-units", EVERYONE_READS)
                .expect("GET /occ-units/{id}", unit, OWN_NATION_READS)
                .expect("GET /occ-units/{id}/history", unit + "/history", OWN_NATION_READS)
                .expect(
                        "POST /occ-units/{id}/evaluations",
                        nobodysUnit + "/evaluations",
                        PARTNER_OR_STAFF_WRITES_A_BODY)
                .expect("POST /occ-units/{id}/goal-links", nobodysUnit + "/goal-links", STAFF_WRITES)
                .expect("POST /occ-units/{id}/feedback", nobodysUnit + "/feedback", STAFF_WRITES)
                .expect("GET /assessments/{id}/parp-assessments", own + "/parp-assessments", OWN_NATION_READS)
                .expect("POST /parp-assessments", "/parp-assessments", STAFF_WRITES)
                .expect("GET /parp-assessments", "/parp-assessments", EVERYONE_READS)
                .expect("GET /parp-assessments/{id}", parp, OWN_NATION_READS)
                .expect("GET /parp-assessments/{id}/history", parp + "/history", OWN_NATION_READS)
                .expect(
                        "PUT /parp-assessments/{id}/goals/{goalId}/assessment",
                        noParp + "/goals/" + UUID.randomUUID() + "/assessment",
                        STAFF_WRITES)
                .expect("PUT /parp-assessments/{id}/overall", noParp + "/overall", STAFF_WRITES)
                .expect(
                        "POST /parp-assessments/{id}/partner-comments",
                        noParp + "/partner-comments",
                        OWN_PARTNER_WRITES_A_BODY)
                .expect("POST /parp-assessments/{id}/submission", noParp + "/submission", STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /parp-assessments/{id}/circulation", noParp + "/circulation", STAFF_WRITES)
                .expect(
                        "POST /parp-assessments/{id}/objections",
                        noParp + "/objections",
                        "403 403 403 400 403 403 401 401")
                .expect("POST /parp-assessments/{id}/revisions", noParp + "/revisions", STAFF_REVISES_NOTHING)
                .expect("POST /anp-assessments", "/anp-assessments", STAFF_WRITES)
                .expect("GET /anp-assessments", "/anp-assessments", EVERYONE_READS)
                .expect("GET /anp-assessments/{id}", anp, OWN_NATION_READS)
                .expect("GET /anp-assessments/{id}/history", anp + "/history", OWN_NATION_READS)
                .expect("PUT /anp-assessments/{id}/chapters/{chapter}", noAnp + "/chapters/LEGAL", STAFF_WRITES)
                .expect("POST /anp-assessments/{id}/submission", noAnp + "/submission", STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /anp-assessments/{id}/circulation", noAnp + "/circulation", STAFF_WRITES)
                .expect(
                        "POST /anp-assessments/{id}/objections",
                        noAnp + "/objections",
                        "403 403 403 400 403 403 401 401")
                .expect("PUT /anp-assessments/{id}/nac-discussion", noAnp + "/nac-discussion", STAFF_WRITES)
                .withThePlatformsEndpoints();

        matrix.coversEveryServedEndpoint();
        matrix.holds();
    }
}
