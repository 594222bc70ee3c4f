package org.oneplan.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.assessment.rest.AssessmentApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.api.AnpAssessmentCommands;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.platform.testing.LatestVersion;
import org.oneplan.platform.testing.TestTokens;

/**
 * The ANP annual assessment through Kafka and HTTP: the ANP learnt from {@code oneplan.parp.events}, assessed
 * chapter by chapter, agreed by the Allies under silence, its Council discussion recorded.
 */
@QuarkusTest
class AnpAssessmentFlowTest extends AssessmentHttpTest {

    @Test
    void an_anp_is_assessed_chapter_by_chapter_agreed_and_its_nac_discussion_recorded() {
        UUID anp = Anps.written(kafka, "BIH", 2026, true);
        String id = open(anp);
        String path = "/anp-assessments/" + id;
        as(TestTokens.staff())
                .body(Map.of("anpId", anp.toString()))
                .post("/anp-assessments")
                .then()
                .statusCode(409);
        as(TestTokens.partner("BIH")).get(path).then().statusCode(404);

        asStaffOn(id)
                .post(path + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:chapters-not-assessed"));
        for (AnpChapter chapter : AnpChapter.values()) {
            asStaffOn(id)
                    .body(Map.of("text", "Assessed " + chapter))
                    .put(path + "/chapters/" + chapter)
                    .then()
                    .statusCode(200);
        }
        asStaffOn(id)
                .body(Map.of("text", "x"))
                .put(path + "/chapters/HEALTH")
                .then()
                .statusCode(404);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        asStaffOn(id)
                .body(Map.of("discussedOn", today.toString(), "summary", "Too early"))
                .put(path + "/nac-discussion")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:anp-assessment-not-agreed"));
        asStaffOn(id).post(path + "/submission").then().statusCode(200);
        asStaffOn(id)
                .body(Map.of(
                        "silenceEnds", clock.instant().plus(Duration.ofDays(7)).toString()))
                .post(path + "/circulation")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofDays(8));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.partner("BIH"))
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("APPROVED"))
                        .body("chapters", hasSize(5))
                        .body("chapters[4].assessment", equalTo("Assessed LEGAL")));

        LocalDate council = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        asStaffOn(id)
                .body(Map.of("discussedOn", council.toString(), "summary", "The Council welcomed the reform plan"))
                .put(path + "/nac-discussion")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.ally("NOR"))
                        .get(path)
                        .then()
                        .body("nacDiscussion.discussedOn", equalTo(council.toString()))
                        .body("nacDiscussion.summary", equalTo("The Council welcomed the reform plan")));
        asStaffOn(id)
                .body(Map.of("discussedOn", council.toString(), "summary", "Again"))
                .put(path + "/nac-discussion")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:nac-discussion-recorded"));
        as(TestTokens.partner("BIH"))
                .get("/anp-assessments?year=2026")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void an_anp_not_yet_submitted_is_not_assessed() {
        UUID anp = Anps.written(kafka, "MKD", 2026, false);
        await().pollDelay(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(30))
                .until(() -> "urn:oneplan:problem:anp-not-submitted"
                        .equals(as(TestTokens.staff())
                                .body(Map.of("anpId", anp.toString()))
                                .post("/anp-assessments")
                                .then()
                                .extract()
                                .path("type")));
    }

    static RequestSpecification asStaffOn(String assessment) {
        return given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.staff())
                .header("If-Match", LatestVersion.etagOf("/anp-assessments/" + assessment));
    }

    /** An ANP assessment of the partner, every chapter assessed and submitted: the partner reads it. */
    static String submittedFor(String kafka, String partnerCode) {
        String id = open(Anps.written(kafka, partnerCode, 2026, true));
        for (AnpChapter chapter : AnpChapter.values()) {
            asStaffOn(id)
                    .body(Map.of("text", "Assessed"))
                    .put("/anp-assessments/" + id + "/chapters/" + chapter)
                    .then()
                    .statusCode(200);
        }
        asStaffOn(id).post("/anp-assessments/" + id + "/submission").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.partner(partnerCode))
                                .get("/anp-assessments/" + id)
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        return id;
    }

    /** Staff open the assessment once the PARP topic has told this service the ANP is submitted. */
    static String open(UUID anp) {
        String id = AnpAssessmentCommands.idOf(anp).toString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.staff())
                                .body(Map.of("anpId", anp.toString()))
                                .post("/anp-assessments")
                                .then()
                                .extract()
                                .statusCode()
                        == 201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.staff())
                                .get("/anp-assessments/" + id)
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        return id;
    }
}
