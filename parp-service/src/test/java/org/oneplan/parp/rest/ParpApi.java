package org.oneplan.parp.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.parp.api.ParpIds;
import org.oneplan.platform.testing.LatestVersion;
import org.oneplan.platform.testing.TestTokens;

/** The PARP API as staff, partners and Allies call it in the tests. */
final class ParpApi {

    private ParpApi() {}

    static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    /** A caller changing a cycle, with If-Match naming its latest version. */
    static RequestSpecification asOn(String token, String cycle) {
        return as(token).header("If-Match", latestETag(cycle));
    }

    static RequestSpecification asStaffOn(String cycle) {
        return asOn(TestTokens.staff(), cycle);
    }

    /** The ETag of the cycle's latest version, from its history (the event store, which deadlines extend). */
    static String latestETag(String cycle) {
        return LatestVersion.etagOf("/parp-cycles/" + cycle);
    }

    /** Opens by hand once the partner directory (fed from Kafka) knows the partner; until then the answer is 422. */
    static String openWhenPartnerKnown(UUID partnerId, int startYear) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.staff())
                                .body(Map.of("partnerId", partnerId, "startYear", startYear))
                                .post("/parp-cycles")
                                .then()
                                .extract()
                                .statusCode()
                        == 201);
        return ParpIds.cycle(partnerId, startYear).toString();
    }

    static Map<String, Object> goal(String code) {
        return Map.of(
                "code",
                code,
                "title",
                "Deployable light infantry battalion",
                "area",
                "LAND",
                "description",
                "A battalion able to operate with Allied forces",
                "stanags",
                List.of("STANAG 2116"),
                "priority",
                "HIGH",
                "fromYear",
                2026,
                "toYear",
                2029);
    }

    static String draftGoal(String cycle, String code) {
        return asStaffOn(cycle)
                .body(goal(code))
                .post("/parp-cycles/" + cycle + "/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void answer(String partnerCode, String cycle, String goalId, String answer, String text) {
        asOn(TestTokens.partner(partnerCode), cycle)
                .body(text == null ? Map.of("answer", answer) : Map.of("answer", answer, "text", text))
                .post("/parp-cycles/" + cycle + "/goals/" + goalId + "/answers")
                .then()
                .statusCode(200);
    }
}
