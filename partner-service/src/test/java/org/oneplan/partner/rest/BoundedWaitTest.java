package org.oneplan.partner.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.oneplan.partner.rest.PartnerApi.as;
import static org.oneplan.partner.rest.PartnerApi.register;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.OnePlanInfrastructure;
import org.oneplan.platform.testing.TestTokens;

/**
 * {@code minVersion} waits for the read model at most {@code oneplan.projections.max-wait} (10 s); a
 * version not reached by then is answered 503 with {@code Retry-After}, never a hang.
 */
@QuarkusTest
@QuarkusTestResource(value = OnePlanInfrastructure.class, restrictToAnnotatedClass = false)
class BoundedWaitTest extends PartnerHttpTest {

    /** The bound plus room for a slow machine; a client waiting longer than this sees a hang. */
    private static final Duration PATIENCE = Duration.ofSeconds(25);

    @Test
    void a_version_the_read_model_never_reaches_is_answered_503_with_retry_after_within_the_bound() {
        String id = register("JOR", "Jordan", "EAPC_PFP");
        PartnerApi.read(TestTokens.ally("NOR"), id, 0).statusCode(200);

        long started = System.nanoTime();
        as(TestTokens.ally("NOR"))
                .config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", (int) PATIENCE.toMillis())))
                .queryParam("minVersion", 1_000_000)
                .get("/partners/" + id)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:oneplan:problem:read-model-behind"));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(waited).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(20));
    }
}
