package org.oneplan.partner.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.oneplan.partner.rest.PartnerApi.as;
import static org.oneplan.partner.rest.PartnerApi.asStaff;
import static org.oneplan.partner.rest.PartnerApi.register;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.OnePlanInfrastructure;
import org.oneplan.platform.testing.TestTokens;

/**
 * Values no read model could hold are refused at the API with a 400 naming the field, before a command is
 * sent: text with control characters (PostgreSQL text cannot hold NUL), dates outside plausible years.
 */
@QuarkusTest
@QuarkusTestResource(value = OnePlanInfrastructure.class, restrictToAnnotatedClass = false)
class InputBoundsTest extends PartnerHttpTest {

    @Inject
    EventStoreProbe store;

    @Test
    void refuses_a_partner_name_with_a_nul_character_with_400_and_stores_nothing() {
        Map<String, Object> body = new HashMap<>(PartnerApi.state("AZE", "Azer\u0000baijan"));
        refusedWithoutStoring(() -> asStaff().body(body).post("/partners").then(), "name");
    }

    @Test
    void refuses_a_registration_date_beyond_plausible_years_with_400() {
        Map<String, Object> body = new HashMap<>(PartnerApi.state("BLR", "Belarus"));
        body.put("registeredOn", "+99999-01-01");
        refusedWithoutStoring(() -> asStaff().body(body).post("/partners").then(), "registeredOn");
    }

    @Test
    void refuses_a_suspension_reason_with_control_characters_with_400() {
        String id = register("MNG", "Mongolia", "EAPC_PFP");
        refusedWithoutStoring(
                () -> PartnerApi.asStaffAt(0)
                        .body(Map.of("reason", "bell\u0007"))
                        .post("/partners/" + id + "/suspension")
                        .then(),
                "reason");
    }

    @Test
    void refuses_query_dates_beyond_plausible_years_with_400_not_a_server_error() {
        as(TestTokens.ally("NOR"))
                .queryParam("on", "+99999-01-01")
                .get("/allies")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:oneplan:problem:validation"))
                .body("errors.field", hasItem("on"));
        String id = register("PAK", "Pakistan", "PARTNERS_ACROSS_THE_GLOBE");
        as(TestTokens.inspector())
                .queryParam("asOf", "+1000000000-01-01T00:00:00Z")
                .get("/partners/" + id + "/history")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void refuses_a_registration_date_before_plausible_years_with_400() {
        Map<String, Object> body = new HashMap<>(PartnerApi.state("UZB", "Uzbekistan"));
        body.put("registeredOn", "1899-12-31");
        refusedWithoutStoring(() -> asStaff().body(body).post("/partners").then(), "registeredOn");
    }

    private void refusedWithoutStoring(Supplier<ValidatableResponse> request, String field) {
        long storedBefore = store.count();
        request.get()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oneplan:problem:validation"))
                .body("errors.field", hasItem(field));
        assertThat(store.count()).as("events stored by a refused request").isEqualTo(storedBefore);
    }
}
