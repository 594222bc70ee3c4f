package org.oneplan.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.oneplan.assessment.api.AssessmentIds;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.platform.testing.LatestVersion;
import org.oneplan.platform.testing.TestTokens;

/** The assessment API as staff, partners and Allies call it in the tests. */
final class AssessmentApi {

    private AssessmentApi() {}

    static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    /** Staff changing an assessment, with If-Match naming its latest version. */
    static RequestSpecification asStaffOn(String assessment) {
        return as(TestTokens.staff()).header("If-Match", LatestVersion.etagOf("/assessments/" + assessment));
    }

    /** Submits the assessment, circulates it under a ten-day silence and moves the test clock past it. */
    static void submitAndLetSilencePass(String assessment, TestClock clock) {
        String path = "/assessments/" + assessment;
        asStaffOn(assessment).post(path + "/submission").then().statusCode(200);
        asStaffOn(assessment)
                .body(Map.of(
                        "silenceEnds", clock.instant().plus(Duration.ofDays(10)).toString()))
                .post(path + "/circulation")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofDays(11));
    }

    static String midTermOf(UUID itppId) {
        return AssessmentIds.of(itppId, AssessmentKind.MID_TERM).toString();
    }

    /** Waits until the ITPP's year 2 has opened its mid-term assessment; returns its id. */
    static String awaitMidTermOf(UUID itppId) {
        return awaitAssessmentOf(itppId, AssessmentKind.MID_TERM);
    }

    /** Waits until the ITPP's calendar has opened its assessment of {@code kind}; returns its id. */
    static String awaitAssessmentOf(UUID itppId, AssessmentKind kind) {
        String id = AssessmentIds.of(itppId, kind).toString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.staff())
                                .get("/assessments/" + id)
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        return id;
    }
}
