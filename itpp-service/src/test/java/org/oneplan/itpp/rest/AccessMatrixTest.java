package org.oneplan.itpp.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;
import static org.oneplan.platform.testing.AccessMatrix.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.AccessMatrix;
import org.oneplan.platform.testing.TestTokens;

/**
 * Every endpoint of itpp-service with every caller. Answers, in the order of {@link AccessMatrix.Caller}:
 * staff, admin, inspector, ally, own partner delegation, another partner's delegation, no token, forged token.
 */
@QuarkusTest
class AccessMatrixTest extends ItppHttpTest {

    @Test
    void every_endpoint_answers_every_caller_as_the_access_rules_say() {
        String own = "/itpps/" + draftWhenPartnerKnown(PartnerTopic.registerPartner(kafka, "TKM"), 2033);
        ItppApi.as(TestTokens.staff())
                .queryParam("minVersion", 0)
                .get(own)
                .then()
                .statusCode(200);
        String nobody = "/itpps/" + UUID.randomUUID();
        String some = "/" + UUID.randomUUID();

        AccessMatrix matrix = new AccessMatrix("TKM", "TJK")
                .expect("POST /itpps", "/itpps", STAFF_WRITES)
                .expect("GET /itpps", "/itpps", EVERYONE_READS)
                .expect("GET /itpps/{id}", own, OWN_NATION_READS)
                .expect("GET /itpps/{id}/history", own + "/history", OWN_NATION_READS)
                .expect("GET /itpps/{id}/traceability", own + "/traceability", OWN_NATION_READS)
                .expect("GET /itpps/{id}/document.html", own + "/document.html", OWN_NATION_READS)
                .expect("POST /itpps/{id}/objectives", nobody + "/objectives", STAFF_WRITES)
                .expect("PUT /itpps/{id}/objectives/{objectiveId}", nobody + "/objectives" + some, STAFF_WRITES)
                .expect(
                        "DELETE /itpps/{id}/objectives/{objectiveId}",
                        nobody + "/objectives" + some,
                        STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /itpps/{id}/goals", nobody + "/goals", STAFF_WRITES)
                .expect("DELETE /itpps/{id}/goals/{goalId}", nobody + "/goals" + some, STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /itpps/{id}/submission", nobody + "/submission", STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect(
                        "POST /itpps/{id}/partner-agreement",
                        nobody + "/partner-agreement",
                        "403 403 403 403 404 404 401 401")
                .expect("POST /itpps/{id}/circulation", nobody + "/circulation", STAFF_WRITES)
                .expect("POST /itpps/{id}/objections", nobody + "/objections", "403 403 403 400 403 403 401 401")
                .expect("POST /itpps/{id}/amendments", nobody + "/amendments", STAFF_WRITES)
                .expect("POST /itpps/{id}/renewal", nobody + "/renewal", STAFF_WRITES)
                .expect("POST /itpps/{id}/activities", nobody + "/activities", STAFF_WRITES)
                .expect("PUT /itpps/{id}/activities/{activityId}", nobody + "/activities" + some, STAFF_WRITES)
                .expect(
                        "PUT /itpps/{id}/activities/{activityId}/status",
                        nobody + "/activities" + some + "/status",
                        STAFF_WRITES)
                .expect(
                        "POST /itpps/{id}/goals/{goalId}/milestones/{milestoneId}/progress",
                        nobody + "/goals" + some + "/milestones" + some + "/progress",
                        STAFF_WRITES)
                .withThePlatformsEndpoints();

        matrix.coversEveryServedEndpoint();
        matrix.holds();
    }

    @Test
    void another_partners_delegation_learns_nothing_from_agreeing_to_an_itpp_it_cannot_see() {
        String drafted = "/itpps/" + draftWhenPartnerKnown(PartnerTopic.registerPartner(kafka, "KAZ"), 2037);

        ItppApi.as(TestTokens.partner("TJK"))
                .post(drafted + "/partner-agreement")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:oneplan:problem:not-found"));
        ItppApi.as(TestTokens.partner("KAZ"))
                .post(drafted + "/partner-agreement")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:itpp-not-submitted"));
    }
}
