package org.oneplan.parp.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.oneplan.platform.testing.AccessMatrix.EVERYONE_READS;
import static org.oneplan.platform.testing.AccessMatrix.OWN_NATION_READS;
import static org.oneplan.platform.testing.AccessMatrix.STAFF_WRITES;
import static org.oneplan.platform.testing.AccessMatrix.STAFF_WRITES_WITHOUT_IF_MATCH;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.AccessMatrix;
import org.oneplan.platform.testing.TestTokens;

/**
 * Every endpoint of parp-service with every caller. Answers, in the order of {@link AccessMatrix.Caller}:
 * staff, admin, inspector, ally, own partner delegation, another partner's delegation, no token, forged token.
 */
@QuarkusTest
class AccessMatrixTest extends ParpHttpTest {

    /** The partner delegation's own writes: others are forbidden, another partner learns nothing (404). */
    private static final String OWN_PARTNER_WRITES = "403 403 403 403 404 404 401 401";

    /** The same with a body the matrix does not send: validation answers first, before any look-up. */
    private static final String OWN_PARTNER_WRITES_A_BODY = "403 403 403 403 400 400 401 401";

    @Test
    void every_endpoint_answers_every_caller_as_the_access_rules_say() {
        String own = "/parp-cycles/" + ParpApi.openWhenPartnerKnown(partners().enrolledMapCountry("TKM"), 2026);
        String goal = own + "/goals/" + ParpApi.draftGoal(own.substring("/parp-cycles/".length()), "G 0101");
        String nobody = "/parp-cycles/" + UUID.randomUUID();
        UUID turkmenistanId = Partners.idOf("TKM");
        String anp = "/anps/" + org.oneplan.parp.api.AnpCommands.idOf(turkmenistanId, 2026);
        ParpApi.as(TestTokens.partner("TKM"))
                .body(java.util.Map.of("partnerId", turkmenistanId, "year", 2026))
                .post("/anps")
                .then()
                .statusCode(201);
        String nobodysAnp = "/anps/" + UUID.randomUUID();
        String some = "/" + UUID.randomUUID();

        AccessMatrix matrix = new AccessMatrix("TKM", "TJK")
                .expect("POST /parp-cycles", "/parp-cycles", STAFF_WRITES)
                .expect("GET /parp-cycles", "/parp-cycles", EVERYONE_READS)
                .expect("GET /parp-cycles/{id}", own, OWN_NATION_READS)
                .expect("GET /parp-cycles/{id}/history", own + "/history", OWN_NATION_READS)
                .expect("GET /parp-cycles/{id}/package.html", own + "/package.html", OWN_NATION_READS)
                .expect("GET /parp-cycles/{id}/goals/{goalId}", goal + "?minVersion=1", OWN_NATION_READS)
                .expect("POST /parp-cycles/{id}/survey", nobody + "/survey", STAFF_WRITES)
                .expect(
                        "PUT /parp-cycles/{id}/survey/answers/{section}",
                        nobody + "/survey/answers/INTEROPERABILITY",
                        OWN_PARTNER_WRITES_A_BODY)
                .expect("POST /parp-cycles/{id}/survey/submission", nobody + "/survey/submission", OWN_PARTNER_WRITES)
                .expect(
                        "POST /parp-cycles/{id}/survey/clarifications/{section}",
                        nobody + "/survey/clarifications/INTEROPERABILITY",
                        STAFF_WRITES)
                .expect("POST /parp-cycles/{id}/goals", nobody + "/goals", STAFF_WRITES)
                .expect("PUT /parp-cycles/{id}/goals/{goalId}", nobody + "/goals" + some, STAFF_WRITES)
                .expect(
                        "POST /parp-cycles/{id}/goals/{goalId}/withdrawal",
                        nobody + "/goals" + some + "/withdrawal",
                        STAFF_WRITES)
                .expect(
                        "POST /parp-cycles/{id}/goals/{goalId}/answers",
                        nobody + "/goals" + some + "/answers",
                        OWN_PARTNER_WRITES_A_BODY)
                .expect(
                        "POST /parp-cycles/{id}/goals/{goalId}/progress",
                        nobody + "/goals" + some + "/progress",
                        STAFF_WRITES)
                .expect("POST /parp-cycles/{id}/submission", nobody + "/submission", STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /parp-cycles/{id}/partner-agreement", nobody + "/partner-agreement", OWN_PARTNER_WRITES)
                .expect("POST /parp-cycles/{id}/circulation", nobody + "/circulation", STAFF_WRITES)
                .expect("POST /parp-cycles/{id}/objections", nobody + "/objections", "403 403 403 400 403 403 401 401")
                .expect("POST /anps", "/anps", "400 400 403 403 400 400 401 401")
                .expect("GET /anps", "/anps", EVERYONE_READS)
                .expect("GET /anps/{id}", anp, OWN_NATION_READS)
                .expect("GET /anps/{id}/history", anp + "/history", OWN_NATION_READS)
                .expect("GET /anps/{id}/document.html", anp + "/document.html", OWN_NATION_READS)
                .expect("PUT /anps/{id}/chapters/{chapter}", nobodysAnp + "/chapters/LEGAL", OWN_PARTNER_WRITES_A_BODY)
                .expect("POST /anps/{id}/submission", nobodysAnp + "/submission", OWN_PARTNER_WRITES)
                .expect("POST /anps/{id}/comments", nobodysAnp + "/comments", STAFF_WRITES)
                .expect("POST /anps/{id}/nac-discussion", nobodysAnp + "/nac-discussion", STAFF_WRITES)
                .withThePlatformsEndpoints();

        matrix.coversEveryServedEndpoint();
        matrix.holds();
    }

    @Test
    void another_partners_delegation_learns_nothing_from_agreeing_to_a_package_it_cannot_see() {
        String cycle = "/parp-cycles/" + ParpApi.openWhenPartnerKnown(partners().enrolledInParp("KAZ"), 2037);

        ParpApi.as(TestTokens.partner("TJK"))
                .post(cycle + "/partner-agreement")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:oneplan:problem:not-found"));
        ParpApi.as(TestTokens.partner("KAZ"))
                .post(cycle + "/partner-agreement")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:parp-package-not-submitted"));
    }
}
