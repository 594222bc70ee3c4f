package org.oneplan.partner.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.oneplan.partner.rest.PartnerApi.as;
import static org.oneplan.partner.rest.PartnerApi.read;
import static org.oneplan.partner.rest.PartnerApi.register;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

/** A partner delegation sees only its own nation; Allies and inspectors see all and change nothing. */
@QuarkusTest
class PartnerAccessTest extends PartnerHttpTest {

    @Test
    void a_partner_delegation_sees_only_its_own_partner_in_reads_lists_and_history() {
        String ukraine = register("UKR", "Ukraine", "EAPC_PFP");
        String armenia = register("ARM", "Armenia", "EAPC_PFP");
        read(TestTokens.staff(), armenia, 0).statusCode(200);

        read(TestTokens.partner("UKR"), ukraine, 0).statusCode(200).body("code", equalTo("UKR"));
        as(TestTokens.partner("UKR")).get("/partners/" + armenia).then().statusCode(404);
        as(TestTokens.partner("UKR"))
                .get("/partners/" + armenia + "/history")
                .then()
                .statusCode(404);
        as(TestTokens.partner("UKR"))
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.code", everyItem(equalTo("UKR")))
                .body("total", equalTo(1));
    }

    @Test
    void allies_and_inspectors_read_every_partner_and_its_history() {
        String azerbaijan = register("AZE", "Azerbaijan", "EAPC_PFP");
        String tunisia = register("TUN", "Tunisia", "MEDITERRANEAN_DIALOGUE");
        read(TestTokens.staff(), tunisia, 0).statusCode(200);
        read(TestTokens.staff(), azerbaijan, 0).statusCode(200);

        as(TestTokens.ally("NOR"))
                .queryParam("size", 200)
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("AZE", "TUN"));
        as(TestTokens.inspector())
                .get("/partners/" + azerbaijan + "/history")
                .then()
                .statusCode(200)
                .body("[0].type", equalTo("org.oneplan.partner.PartnerRegistered.v1"))
                .body("[0].actor", equalTo("staff-officer"))
                .body("[0].actorRole", equalTo("staff"));
    }

    @Test
    void lists_filter_by_framework_and_status_and_page_with_a_total() {
        String kuwait = register("KWT", "Kuwait", "ISTANBUL_COOPERATION_INITIATIVE");
        String qatar = register("QAT", "Qatar", "ISTANBUL_COOPERATION_INITIATIVE");
        PartnerApi.asStaffAt(0)
                .body(Map.of("reason", "test"))
                .post("/partners/" + qatar + "/suspension")
                .then()
                .statusCode(200);
        read(TestTokens.staff(), qatar, 1).statusCode(200);
        read(TestTokens.staff(), kuwait, 0).statusCode(200);

        as(TestTokens.ally("NOR"))
                .queryParam("framework", "ISTANBUL_COOPERATION_INITIATIVE")
                .queryParam("status", "SUSPENDED")
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(java.util.List.of("QAT")))
                .body("total", equalTo(1));
        as(TestTokens.ally("NOR"))
                .queryParam("framework", "ISTANBUL_COOPERATION_INITIATIVE")
                .queryParam("page", 0)
                .queryParam("size", 1)
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(2));
        as(TestTokens.ally("NOR")).queryParam("size", 0).get("/partners").then().statusCode(400);
    }

    @Test
    void the_ally_roster_on_a_day_holds_the_allies_admitted_by_then() {
        as(TestTokens.admin())
                .body(Map.of("code", "FIN", "name", "Finland", "accessionDate", "2023-04-04"))
                .post("/allies")
                .then()
                .statusCode(201);
        as(TestTokens.admin())
                .body(Map.of("code", "SWE", "name", "Sweden", "accessionDate", "2024-03-07"))
                .post("/allies")
                .then()
                .statusCode(201);
        org.awaitility.Awaitility.await()
                .untilAsserted(() -> as(TestTokens.ally("NOR"))
                        .queryParam("on", "2024-12-31")
                        .get("/allies")
                        .then()
                        .statusCode(200)
                        .body("code", hasItems("FIN", "SWE")));
        as(TestTokens.ally("NOR"))
                .queryParam("on", "2023-12-31")
                .get("/allies")
                .then()
                .statusCode(200)
                .body("code", hasItems("FIN"))
                .body("code", org.hamcrest.Matchers.not(hasItems("SWE")));
        as(TestTokens.staff())
                .body(Map.of("code", "NOR", "name", "Norway", "accessionDate", "1949-04-04"))
                .post("/allies")
                .then()
                .statusCode(403);
    }
}
