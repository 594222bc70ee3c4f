package org.oneplan.catalogue.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.catalogue.rest.CatalogueApi.as;
import static org.oneplan.catalogue.rest.CatalogueApi.awaitVersion;
import static org.oneplan.catalogue.rest.CatalogueApi.contribution;
import static org.oneplan.catalogue.rest.CatalogueApi.offer;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

@QuarkusTest
class AnnualCatalogueFlowTest extends CatalogueHttpTest {

    private static final String CATALOGUE = "/catalogues/2033";

    @Test
    void the_years_catalogue_is_published_when_the_allies_keep_silence_after_one_objection() {
        as(TestTokens.staff())
                .post("/catalogues/2040/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:catalogue-empty"));
        String institution = CatalogueApi.referenceData("CRM", "Crisis management centre", "NATO");
        String path = as(TestTokens.staff())
                .body(contribution(2033, offer("Crisis management exercise", institution, "CRM")))
                .post("/catalogue-events")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String event = path.substring(path.indexOf("/catalogue-events/"));
        as(TestTokens.staff(), event).post(event + "/approval").then().statusCode(200);
        awaitVersion(event.substring("/catalogue-events/".length()), 1);

        as(TestTokens.staff()).post(CATALOGUE + "/submission").then().statusCode(200);
        as(TestTokens.staff())
                .post(CATALOGUE + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:catalogue-not-in-draft"));
        Map<String, String> tenDays =
                Map.of("silenceEnds", clock.instant().plus(Duration.ofDays(10)).toString());
        as(TestTokens.staff(), CATALOGUE)
                .body(tenDays)
                .post(CATALOGUE + "/circulation")
                .then()
                .statusCode(200);
        as(TestTokens.ally("NOR"))
                .body(Map.of("reason", "Add the cyber course first"))
                .post(CATALOGUE + "/objections")
                .then()
                .statusCode(200);
        as(TestTokens.ally("NOR")).post(CATALOGUE + "/objections").then().statusCode(400);

        as(TestTokens.staff()).post(CATALOGUE + "/submission").then().statusCode(200);
        as(TestTokens.staff(), CATALOGUE)
                .body(tenDays)
                .post(CATALOGUE + "/circulation")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofDays(11));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "PUBLISHED"
                        .equals(as(TestTokens.partner("GEO"))
                                .get(CATALOGUE)
                                .then()
                                .extract()
                                .path("status")));
        as(TestTokens.partner("GEO"))
                .get(CATALOGUE)
                .then()
                .statusCode(200)
                .body("contributionIds", hasSize(1))
                .body("objections[0].allyNation", equalTo("NOR"));
        as(TestTokens.staff())
                .post(CATALOGUE + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:catalogue-approved"));
        as(TestTokens.inspector())
                .get(CATALOGUE + "/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(6));
        as(TestTokens.inspector()).get("/catalogues/2039").then().statusCode(404);
    }
}
