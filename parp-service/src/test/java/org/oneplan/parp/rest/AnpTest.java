package org.oneplan.parp.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.parp.rest.ParpApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.LatestVersion;
import org.oneplan.platform.testing.TestTokens;

/** A MAP country's Annual National Programme through HTTP: written, submitted, commented, discussed at the NAC. */
@QuarkusTest
class AnpTest extends ParpHttpTest {

    private static final List<String> CHAPTERS =
            List.of("POLITICAL_AND_ECONOMIC", "DEFENCE_AND_MILITARY", "RESOURCES", "SECURITY", "LEGAL");

    private static RequestSpecification on(String token, String anp) {
        return as(token).header("If-Match", LatestVersion.etagOf("/anps/" + anp));
    }

    private static String openWhenKnown(String token, UUID partnerId, int year) {
        String[] location = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer =
                    as(token).body(Map.of("partnerId", partnerId, "year", year)).post("/anps");
            location[0] = answer.path("id");
            return answer.statusCode() == 201;
        });
        return location[0];
    }

    @Test
    void a_map_country_writes_and_submits_its_anp_staff_comment_and_record_the_nac_discussion() {
        String anp = openWhenKnown(TestTokens.partner("MKD"), partners().mapCountry("MKD"), 2026);
        for (String chapter : CHAPTERS) {
            on(TestTokens.partner("MKD"), anp)
                    .body(Map.of("text", "Our plans: " + chapter))
                    .put("/anps/" + anp + "/chapters/" + chapter)
                    .then()
                    .statusCode(200);
        }
        on(TestTokens.staff(), anp)
                .body(Map.of("chapter", "RESOURCES", "comment", "Show the multi-year budget"))
                .post("/anps/" + anp + "/comments")
                .then()
                .statusCode(200);
        on(TestTokens.partner("MKD"), anp)
                .post("/anps/" + anp + "/submission")
                .then()
                .statusCode(200);
        on(TestTokens.partner("MKD"), anp)
                .body(Map.of("text", "Late"))
                .put("/anps/" + anp + "/chapters/LEGAL")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:anp-submitted"));
        on(TestTokens.staff(), anp)
                .body(Map.of("discussedOn", "2026-02-20", "summary", "Progress on defence reform noted"))
                .post("/anps/" + anp + "/nac-discussion")
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.ally("FRA"))
                        .get("/anps/" + anp)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("DISCUSSED_AT_NAC"))
                        .body("chapters", hasSize(5))
                        .body(
                                "chapters.find { it.chapter == 'RESOURCES' }.comments[0]",
                                equalTo("Show the multi-year budget"))
                        .body("nacDiscussion.discussedOn", equalTo("2026-02-20")));
        as(TestTokens.partner("GEO")).get("/anps/" + anp).then().statusCode(404);
    }

    @Test
    void a_partner_without_map_status_runs_no_anp_and_none_opens_one_for_another_partner() {
        UUID georgia = partners().enrolledInParp("GEO");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .body(Map.of("partnerId", georgia, "year", 2026))
                        .post("/anps")
                        .then()
                        .statusCode(422)
                        .body("type", equalTo("urn:oneplan:problem:partner-not-in-map")));
        UUID montenegro = partners().mapCountry("MNE");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("GEO"))
                        .body(Map.of("partnerId", montenegro, "year", 2026))
                        .post("/anps")
                        .then()
                        .statusCode(422)
                        .body("type", equalTo("urn:oneplan:problem:not-this-partner")));
    }
}
