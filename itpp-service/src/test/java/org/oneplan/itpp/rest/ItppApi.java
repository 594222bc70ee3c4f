package org.oneplan.itpp.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.itpp.api.ItppIds;
import org.oneplan.platform.testing.LatestVersion;
import org.oneplan.platform.testing.TestTokens;

/** The ITPP API as staff, partners and Allies call it in the tests. */
final class ItppApi {

    private ItppApi() {}

    static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    /** Staff changing an ITPP, with If-Match naming its latest version: every change of an ITPP needs one. */
    static RequestSpecification asStaffOn(String itpp) {
        return as(TestTokens.staff()).header("If-Match", latestETag(itpp));
    }

    /**
     * The ETag of the ITPP's latest version, read from its history: that is the event store, which deadlines
     * (silence ending, a cycle year beginning) extend on their own and which the read model may lag.
     */
    static String latestETag(String itpp) {
        return LatestVersion.etagOf("/itpps/" + itpp);
    }

    /** Drafts once the partner directory (fed from Kafka) knows the partner; until then the answer is 422. */
    static String draftWhenPartnerKnown(UUID partnerId, int cycle) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.staff())
                                .body(Map.of("partnerId", partnerId, "cycleStartYear", cycle))
                                .post("/itpps")
                                .then()
                                .extract()
                                .statusCode()
                        == 201);
        return ItppIds.of(partnerId, cycle).toString();
    }

    static String addObjective(String itpp) {
        return asStaffOn(itpp)
                .body(objective())
                .post("/itpps/" + itpp + "/objectives")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String addGoal(String itpp, String objectiveId, String due) {
        return asStaffOn(itpp)
                .body(goal(objectiveId, due))
                .post("/itpps/" + itpp + "/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An objective, a goal serving it with a milestone in year 2, submitted. Returns the goal id. */
    static String prepareAndSubmit(String itpp, int cycle) {
        String goalId = addGoal(itpp, addObjective(itpp), (cycle + 1) + "-06-30");
        asStaffOn(itpp).post("/itpps/" + itpp + "/submission").then().statusCode(200);
        return goalId;
    }

    /** Takes a drafted ITPP to approval: submitted, agreed, circulated, and the test clock past the deadline. */
    static String approve(String itpp, int cycle, String partnerCode, TestClock clock) {
        String goalId = prepareAndSubmit(itpp, cycle);
        as(TestTokens.partner(partnerCode))
                .post("/itpps/" + itpp + "/partner-agreement")
                .then()
                .statusCode(200);
        circulate(itpp, clock.instant().plus(Duration.ofDays(10)));
        clock.advance(Duration.ofDays(11));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "APPROVED"
                        .equals(as(TestTokens.staff())
                                .get("/itpps/" + itpp)
                                .then()
                                .extract()
                                .path("status")));
        return goalId;
    }

    static void circulate(String itpp, Instant silenceEnds) {
        asStaffOn(itpp)
                .body(Map.of("silenceEnds", silenceEnds.toString()))
                .post("/itpps/" + itpp + "/circulation")
                .then()
                .statusCode(200);
    }

    static Map<String, Object> objective() {
        return Map.of("title", "Interoperable forces", "intendedOutcome", "Units meet NATO standards");
    }

    static Map<String, Object> goal(String objectiveId, String due) {
        return Map.of(
                "title",
                "Deployable battalion",
                "expectedOutcome",
                "A battalion certified at level 2",
                "rationale",
                "Contributes to operations",
                "objectiveIds",
                List.of(objectiveId),
                "milestones",
                List.of(Map.of("description", "Level 1 evaluation", "dueDate", due)),
                "indicators",
                List.of(Map.of(
                        "description",
                        "Officers trained to NATO standards",
                        "unit",
                        "persons",
                        "baseline",
                        40,
                        "baselineYear",
                        Integer.parseInt(due.substring(0, 4)) - 1,
                        "target",
                        120,
                        "targetYear",
                        Integer.parseInt(due.substring(0, 4)),
                        "sexDisaggregated",
                        true)));
    }
}
