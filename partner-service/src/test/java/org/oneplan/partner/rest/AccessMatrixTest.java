package org.oneplan.partner.rest;

import static org.oneplan.partner.rest.PartnerApi.read;
import static org.oneplan.partner.rest.PartnerApi.register;
import static org.oneplan.platform.testing.AccessMatrix.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.AccessMatrix;
import org.oneplan.platform.testing.TestTokens;

/**
 * Every endpoint of partner-service with every caller. Answers, in the order of {@link AccessMatrix.Caller}:
 * staff, admin, inspector, ally, own partner delegation, another partner's delegation, no token, forged token.
 */
@QuarkusTest
class AccessMatrixTest extends PartnerHttpTest {

    @Test
    void every_endpoint_answers_every_caller_as_the_access_rules_say() {
        String own = register("KGZ", "Kyrgyz Republic", "EAPC_PFP");
        read(TestTokens.staff(), own, 0).statusCode(200);
        String nobody = "/partners/" + UUID.randomUUID();

        AccessMatrix matrix = new AccessMatrix("KGZ", "TJK")
                .expect("POST /partners", "/partners", STAFF_WRITES)
                .expect("GET /partners", "/partners", EVERYONE_READS)
                .expect("GET /partners/{id}", "/partners/" + own, OWN_NATION_READS)
                .expect("PUT /partners/{id}", nobody, STAFF_WRITES)
                .expect("GET /partners/{id}/history", "/partners/" + own + "/history", OWN_NATION_READS)
                .expect("POST /partners/{id}/frameworks", nobody + "/frameworks", STAFF_WRITES)
                .expect(
                        "DELETE /partners/{id}/frameworks/{framework}",
                        nobody + "/frameworks/EAPC_PFP",
                        STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /partners/{id}/suspension", nobody + "/suspension", STAFF_WRITES)
                .expect("POST /partners/{id}/reinstatement", nobody + "/reinstatement", STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /partners/{id}/programmes", nobody + "/programmes", STAFF_WRITES)
                .expect(
                        "DELETE /partners/{id}/programmes/{programme}",
                        nobody + "/programmes/PARP",
                        STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /partners/{id}/predecessor-programmes", nobody + "/predecessor-programmes", STAFF_WRITES)
                .expect("POST /allies", "/allies", "403 400 403 403 403 403 401 401")
                .expect("GET /allies", "/allies", EVERYONE_READS)
                .withThePlatformsEndpoints();

        matrix.coversEveryServedEndpoint();
        matrix.holds();
    }
}
