package org.oneplan.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness says whether events flow: the relay runs and every read model's consumer is alive. */
@QuarkusTest
class EventFlowHealthTest extends PartnerHttpTest {

    @Test
    void the_service_is_ready_while_the_relay_and_the_read_models_run() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("event-flow"))
                .body("checks.find { it.name == 'event-flow' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'event-flow' }.data.readModels", equalTo("partner-directory"));
    }
}
