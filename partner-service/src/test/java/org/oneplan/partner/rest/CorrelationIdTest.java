package org.oneplan.partner.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneplan.partner.rest.PartnerApi.as;
import static org.oneplan.partner.rest.PartnerApi.state;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

/** The caller's correlation id enters the permanent record only when it is a plain, short token. */
@QuarkusTest
class CorrelationIdTest extends PartnerHttpTest {

    private static String recordedCorrelationId(String code, String header) {
        String id = as(TestTokens.staff())
                .header("X-Correlation-Id", header)
                .body(state(code, code))
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return as(TestTokens.inspector())
                .get("/partners/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].correlationId");
    }

    @Test
    void a_uuid_or_a_short_safe_token_is_kept_as_the_correlation_id() {
        String uuid = UUID.randomUUID().toString();
        assertThat(recordedCorrelationId("AUS", uuid)).isEqualTo(uuid);
        assertThat(recordedCorrelationId("NZL", "portal-7:req.42_a")).isEqualTo("portal-7:req.42_a");
    }

    @Test
    void markup_or_a_20_kilobyte_header_is_replaced_by_a_new_id_and_the_request_still_succeeds() {
        String fromMarkup = recordedCorrelationId("IRQ", "<script>alert(1)</script>");
        String fromHuge = recordedCorrelationId("COL", "x".repeat(20_000));

        assertThat(UUID.fromString(fromMarkup)).isNotNull();
        assertThat(UUID.fromString(fromHuge)).isNotNull();
    }
}
