package org.oneplan.assessment.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.oneplan.assessment.rest.OccApi.evaluation;
import static org.oneplan.assessment.rest.OccApi.on;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

/** A unit's way through OCC Evaluation and Feedback over HTTP: the order of evaluations, who records them, who sees them. */
@QuarkusTest
class OccEvaluationFlowTest extends AssessmentHttpTest {

    private static final String MOLDOVA = "MDA";

    @Test
    void a_unit_goes_sel1_nel1_failed_nel1_passed_sel2_nel2_and_nothing_after() {
        OccApi.registered(kafka, MOLDOVA);
        String unit = OccApi.declared(MOLDOVA, "Infantry battalion " + UUID.randomUUID());
        String partner = TestTokens.partner(MOLDOVA);
        String staff = TestTokens.staff();

        refused(on(unit, staff).body(evaluation("NEL1", "2026-03-01", "PASSED")), unit, "occ-evaluation-out-of-order");
        refused(on(unit, staff).body(evaluation("SEL1", "2026-03-01", "PASSED")), unit, "self-evaluation-by-partner");
        accepted(on(unit, partner).body(evaluation("SEL1", "2026-03-01", "PASSED")), unit);
        refused(on(unit, partner).body(evaluation("NEL1", "2026-06-01", "PASSED")), unit, "nato-evaluation-by-staff");
        accepted(on(unit, staff).body(evaluation("NEL1", "2026-06-01", "FAILED")), unit);
        refused(
                on(unit, partner).body(evaluation("SEL2", "2026-07-01", "PASSED")),
                unit,
                "occ-evaluation-out-of-order");
        accepted(on(unit, staff).body(evaluation("NEL1", "2026-09-01", "PASSED")), unit);
        refused(
                on(unit, partner).body(evaluation("SEL2", "2026-08-01", "PASSED")),
                unit,
                "occ-evaluation-before-previous");
        accepted(on(unit, partner).body(evaluation("SEL2", "2026-10-01", "PASSED")), unit);
        accepted(on(unit, staff).body(evaluation("NEL2", "2026-12-01", "PASSED")), unit);
        refused(on(unit, staff).body(evaluation("NEL2", "2027-01-01", "PASSED")), unit, "occ-evaluation-complete");

        AssessmentApi.as(partner)
                .get(unit + "?minVersion=5")
                .then()
                .statusCode(200)
                .body("currentLevel", equalTo("NEL2"))
                .body("nextEvaluation", nullValue())
                .body("evaluations.level", contains("SEL1", "NEL1", "NEL1", "SEL2", "NEL2"))
                .body("evaluations.result", contains("PASSED", "FAILED", "PASSED", "PASSED", "PASSED"))
                .body("evaluations[0].ratings.rating", contains("INTEROPERABLE", "PARTIALLY_INTEROPERABLE"))
                .body("evaluations[0].evaluators", contains("JFC Naples evaluation team"));
        AssessmentApi.as(staff)
                .get(unit + "?atVersion=2")
                .then()
                .statusCode(200)
                .body("currentLevel", equalTo("NEL1"))
                .body("nextEvaluation", equalTo("NEL1"));
        AssessmentApi.as(partner).get(unit + "/history").then().statusCode(200).body("$", hasSize(6));
    }

    @Test
    void an_evaluation_rates_each_criterion_once_and_names_a_version() {
        OccApi.registered(kafka, MOLDOVA);
        String unit = OccApi.declared(MOLDOVA, "Engineer company " + UUID.randomUUID());
        Map<String, Object> twice = Map.of(
                "level", "SEL1",
                "evaluatedOn", "2026-03-01",
                "evaluators", List.of("National evaluation team"),
                "ratings",
                        List.of(
                                Map.of("criterion", "STANAG 2116", "rating", "INTEROPERABLE"),
                                Map.of("criterion", "STANAG 2116", "rating", "NOT_EVALUATED")),
                "result", "PASSED");
        refused(on(unit, TestTokens.partner(MOLDOVA)).body(twice), unit, "criterion-rated-twice");
        AssessmentApi.as(TestTokens.partner(MOLDOVA))
                .body(evaluation("SEL1", "2026-03-01", "PASSED"))
                .post(unit + "/evaluations")
                .then()
                .statusCode(428);
        AssessmentApi.as(TestTokens.partner(MOLDOVA))
                .body(evaluation("SEL1", "2099-03-01", "PASSED"))
                .header("If-Match", "\"0\"")
                .post(unit + "/evaluations")
                .then()
                .statusCode(400);
    }

    @Test
    void staff_link_goals_of_the_partners_itpp_and_give_feedback() {
        OccApi.registered(kafka, MOLDOVA);
        String unit = OccApi.declared(MOLDOVA, "Military police company " + UUID.randomUUID());
        Itpps.Itpp moldovan = itpps().drafted(MOLDOVA, 2026);
        UUID goal = moldovan.goalWithMilestone(UUID.randomUUID(), UUID.randomUUID(), "Deployable company");
        Itpps.Itpp other = itpps().drafted("AZE", 2026);
        UUID otherGoal = other.goalWithMilestone(UUID.randomUUID(), UUID.randomUUID(), "Other goal");
        String staff = TestTokens.staff();

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> on(unit, staff)
                                .body(Map.of("itppId", moldovan.id, "goalIds", List.of(goal)))
                                .post(unit + "/goal-links")
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        refused(
                on(unit, staff).body(Map.of("itppId", other.id, "goalIds", List.of(otherGoal))),
                unit,
                "itpp-of-another-partner",
                "/goal-links");
        refused(
                on(unit, staff).body(Map.of("itppId", moldovan.id, "goalIds", List.of(otherGoal))),
                unit,
                "goal-not-in-itpp",
                "/goal-links");
        refused(
                on(unit, staff).body(Map.of("itppId", UUID.randomUUID(), "goalIds", List.of(goal))),
                unit,
                "unknown-itpp",
                "/goal-links");
        refused(
                on(unit, staff).body(Map.of("level", "SEL1", "feedback", "Too early")),
                unit,
                "occ-level-not-evaluated",
                "/feedback");
        accepted(on(unit, TestTokens.partner(MOLDOVA)).body(evaluation("SEL1", "2026-03-01", "PASSED")), unit);
        on(unit, staff)
                .body(Map.of("level", "SEL1", "feedback", "Train the signals platoon on secure radios"))
                .post(unit + "/feedback")
                .then()
                .statusCode(200);

        AssessmentApi.as(TestTokens.ally("NOR"))
                .get(unit + "?minVersion=3")
                .then()
                .statusCode(200)
                .body("linkedGoals.goalId", contains(goal.toString()))
                .body("linkedGoals.itppId", contains(moldovan.id.toString()))
                .body("feedback.feedback", contains("Train the signals platoon on secure radios"));
    }

    @Test
    void a_partner_sees_and_evaluates_only_its_own_units() {
        OccApi.registered(kafka, MOLDOVA);
        OccApi.registered(kafka, "AZE");
        String unit = OccApi.declared(MOLDOVA, "Air defence battery " + UUID.randomUUID());
        String id = unit.substring(unit.lastIndexOf('/') + 1);
        String azerbaijan = TestTokens.partner("AZE");

        AssessmentApi.as(azerbaijan).get(unit).then().statusCode(404);
        AssessmentApi.as(azerbaijan).get(unit + "/history").then().statusCode(404);
        on(unit, azerbaijan)
                .body(evaluation("SEL1", "2026-03-01", "PASSED"))
                .post(unit + "/evaluations")
                .then()
                .statusCode(404);
        AssessmentApi.as(azerbaijan)
                .body(Map.of(
                        "partnerId", Itpps.partnerIdOf(MOLDOVA),
                        "domain", "AIR",
                        "name", "Not ours",
                        "size", "battery",
                        "capability", "Air defence"))
                .post("/occ-units")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:not-this-partner"));
        AssessmentApi.as(TestTokens.partner(MOLDOVA))
                .get(unit + "?minVersion=0")
                .then()
                .statusCode(200)
                .body("nextEvaluation", equalTo("SEL1"));
        AssessmentApi.as(azerbaijan)
                .get("/occ-units?size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        AssessmentApi.as(TestTokens.ally("FRA"))
                .get("/occ-units?partner=MDA&domain=LAND&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        AssessmentApi.as(TestTokens.ally("FRA"))
                .get("/occ-units?partner=MDA&domain=MARITIME&size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    private static void accepted(io.restassured.specification.RequestSpecification request, String unit) {
        request.post(unit + "/evaluations").then().statusCode(200);
    }

    private static void refused(io.restassured.specification.RequestSpecification request, String unit, String type) {
        refused(request, unit, type, "/evaluations");
    }

    private static void refused(
            io.restassured.specification.RequestSpecification request, String unit, String type, String action) {
        request.post(unit + action).then().statusCode(422).body("type", equalTo("urn:oneplan:problem:" + type));
    }
}
