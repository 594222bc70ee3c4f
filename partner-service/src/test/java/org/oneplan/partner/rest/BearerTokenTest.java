package org.oneplan.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.oneplan.infra.JwtSigner;
import org.oneplan.platform.testing.TestTokens;

/**
 * The tokens a service refuses although they are well formed: what an OIDC provider would never issue for
 * OnePlan, or what a forger can make without its key. Each is a 401 problem; the well-signed control passes.
 */
@QuarkusTest
class BearerTokenTest {

    private static final long NOW = Instant.now().getEpochSecond();

    @Test
    void accepts_a_staff_token_of_the_issuer_for_the_oneplan_audience() {
        read(TestTokens.signed(claims(JwtSigner.ISSUER, "\"oneplan\"", ",\"exp\":" + (NOW + 600))))
                .statusCode(200);
    }

    @Test
    void refuses_a_token_without_an_expiry() {
        refused(TestTokens.signed(claims(JwtSigner.ISSUER, "\"oneplan\"", "")));
    }

    @Test
    void refuses_an_expired_token() {
        refused(TestTokens.signed(claims(JwtSigner.ISSUER, "\"oneplan\"", ",\"exp\":" + (NOW - 3600))));
    }

    @Test
    void refuses_a_token_for_another_audience() {
        refused(TestTokens.signed(claims(JwtSigner.ISSUER, "\"payroll\"", ",\"exp\":" + (NOW + 600))));
    }

    @Test
    void refuses_a_token_without_an_audience() {
        refused(TestTokens.signed(claims(JwtSigner.ISSUER, null, ",\"exp\":" + (NOW + 600))));
    }

    @Test
    void refuses_a_token_of_another_issuer() {
        refused(TestTokens.signed(
                claims("https://elsewhere.example/issuer", "\"oneplan\"", ",\"exp\":" + (NOW + 600))));
    }

    @Test
    void refuses_an_unsigned_token_that_says_alg_none() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String body = base64(claims(JwtSigner.ISSUER, "\"oneplan\"", ",\"exp\":" + (NOW + 600)));
        refused(header + "." + body + ".");
    }

    @Test
    void refuses_a_token_signed_with_the_public_key_as_an_hmac_secret() {
        String header = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String body = base64(claims(JwtSigner.ISSUER, "\"oneplan\"", ",\"exp\":" + (NOW + 600)));
        refused(header + "." + body + "." + base64("not-a-signature"));
    }

    private static String claims(String issuer, String audience, String expiry) {
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"staff-officer\",\"upn\":\"staff-officer\","
                + (audience == null ? "" : "\"aud\":" + audience + ",")
                + "\"groups\":[\"staff\"],\"iat\":" + (NOW - 60) + expiry + "}";
    }

    private static io.restassured.response.ValidatableResponse read(String token) {
        return given().header("Authorization", "Bearer " + token)
                .get("/partners")
                .then();
    }

    private static void refused(String token) {
        read(token).statusCode(401).body("type", equalTo("urn:oneplan:problem:unauthenticated"));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
