package org.oneplan.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.assessment.rest.AssessmentApi.as;
import static org.oneplan.assessment.rest.AssessmentApi.asStaffOn;
import static org.oneplan.assessment.rest.AssessmentApi.awaitMidTermOf;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

/**
 * The mid-term assessment (output 4) from the ITPP's year 2 to its approval, through Kafka and HTTP: opened
 * by itself, pre-filled from the ITPP topic, rated, recommended, consulted, circulated, approved, published.
 */
@QuarkusTest
class MidTermAssessmentFlowTest extends AssessmentHttpTest {

    @Test
    void year_2_of_an_itpp_opens_its_mid_term_assessment_pre_filled_with_goals_progress_and_activities() {
        Itpps.Itpp itpp = itpps().drafted("GEO", 2026);
        UUID goal = itpp.goalWithMilestone(UUID.randomUUID(), UUID.randomUUID(), "Deployable battalion");
        UUID milestone = UUID.randomUUID();
        UUID secondGoal = itpp.goalWithMilestone(UUID.randomUUID(), milestone, "Cyber defence");
        itpp.approved(clock.instant());
        itpp.activityFor(goal, "Staff officer course");
        itpp.progress(secondGoal, milestone, MilestoneProgress.DELAYED, "Evaluators named late");
        itpp.yearBegan(2);

        String assessment = awaitMidTermOf(itpp.id);
        as(TestTokens.ally("NOR"))
                .get("/assessments/" + assessment)
                .then()
                .statusCode(200)
                .body("kind", equalTo("MID_TERM"))
                .body("itppId", equalTo(itpp.id.toString()))
                .body("partnerCode", equalTo("GEO"))
                .body("status", equalTo("DRAFT"))
                .body("goals", hasSize(2))
                .body("goals[0].title", equalTo("Deployable battalion"))
                .body("goals[0].activities[0].title", equalTo("Staff officer course"))
                .body("goals[0].activities[0].status", equalTo("PLANNED"))
                .body("goals[1].milestones[0].progress", equalTo("DELAYED"))
                .body("goals[1].milestones[0].evidence", equalTo("Evaluators named late"))
                .body("goals[1].activities", hasSize(0));
        as(TestTokens.inspector())
                .get("/assessments/" + assessment + "/history")
                .then()
                .statusCode(200)
                .body("[0].actor", equalTo("system:reaction:ItppCycleYearBegan"))
                .body("[0].actorRole", equalTo("system"));
    }

    @Test
    void a_mid_term_assessment_is_rated_recommended_commented_and_approved_when_silence_holds() {
        Itpps.Itpp itpp = itpps().drafted("UKR", 2026);
        UUID goal = itpp.goalWithMilestone(UUID.randomUUID(), UUID.randomUUID(), "Deployable battalion");
        itpp.approved(clock.instant());
        itpp.yearBegan(2);
        String assessment = awaitMidTermOf(itpp.id);
        String path = "/assessments/" + assessment;

        asStaffOn(assessment)
                .post(path + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:goals-not-rated"));
        asStaffOn(assessment)
                .body(Map.of("rating", "PARTIALLY_ON_TRACK", "justification", "Level 1 passed a year late"))
                .put(path + "/goals/" + goal + "/rating")
                .then()
                .statusCode(200);
        asStaffOn(assessment)
                .body(Map.of("rating", "ACHIEVED", "justification", "Not a goal of this ITPP"))
                .put(path + "/goals/" + UUID.randomUUID() + "/rating")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:goal-not-in-assessment"));
        asStaffOn(assessment)
                .body(Map.of("rating", "SPLENDID", "justification", "Not a rating"))
                .put(path + "/goals/" + goal + "/rating")
                .then()
                .statusCode(400);
        asStaffOn(assessment)
                .body(Map.of("text", "Add a level 2 evaluation in year 3"))
                .put(path + "/recommendations")
                .then()
                .statusCode(200);
        as(TestTokens.staff())
                .body(Map.of("text", "Without a version"))
                .put(path + "/recommendations")
                .then()
                .statusCode(428);

        // A draft never put to the partner is not the partner's to read yet.
        as(TestTokens.partner("UKR")).get(path).then().statusCode(404);
        as(TestTokens.partner("UKR"))
                .body(Map.of("comment", "Too early"))
                .post(path + "/partner-comments")
                .then()
                .statusCode(404);

        java.time.Instant beforeSubmission = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        asStaffOn(assessment).post(path + "/submission").then().statusCode(200);
        // Consulted now, the partner still does not read the history of the moment it was not.
        as(TestTokens.partner("UKR"))
                .queryParam("asOf", beforeSubmission.toString())
                .get(path + "/history")
                .then()
                .statusCode(404);
        as(TestTokens.partner("UKR")).get(path + "/history").then().statusCode(200);
        as(TestTokens.partner("UKR"))
                .body(Map.of("comment", "The delay came from the evaluators' calendar"))
                .post(path + "/partner-comments")
                .then()
                .statusCode(200);
        asStaffOn(assessment)
                .body(Map.of(
                        "silenceEnds", clock.instant().plus(Duration.ofDays(10)).toString()))
                .post(path + "/circulation")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofDays(11));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.partner("UKR"))
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("APPROVED"))
                        .body("goals[0].rating", equalTo("PARTIALLY_ON_TRACK"))
                        .body("recommendations", equalTo("Add a level 2 evaluation in year 3"))
                        .body("partnerComments[0].comment", equalTo("The delay came from the evaluators' calendar")));
        asStaffOn(assessment)
                .body(Map.of("rating", "ACHIEVED", "justification", "Later news"))
                .put(path + "/goals/" + goal + "/rating")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:assessment-approved"));
        as(TestTokens.partner("UKR"))
                .get(path + "/history")
                .then()
                .statusCode(200)
                .body("actor", org.hamcrest.Matchers.hasItem("system:silence-ends"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TopicReader.readAll(kafka, "oneplan.assessment.events").stream()
                                .filter(r -> assessment.equals(r.key()))
                                .map(r -> r.event().getType())
                                .toList())
                        .contains(
                                "org.oneplan.assessment.ItppAssessmentOpened.v1",
                                "org.oneplan.assessment.PartnerCommentRecorded.v1",
                                "org.oneplan.assessment.ItppAssessmentApproved.v1"));
        as(TestTokens.inspector())
                .get("/audit/chain")
                .then()
                .statusCode(200)
                .body("topic", equalTo("oneplan.assessment.events"))
                .body("intact", equalTo(true));
    }

    @Test
    void a_partner_lists_only_its_own_assessments_it_has_been_consulted_on() {
        Itpps.Itpp moldova = itpps().drafted("MDA", 2026);
        moldova.yearBegan(2);
        String consulted = awaitMidTermOf(moldova.id);
        asStaffOn(consulted)
                .body(Map.of("text", "Keep the plan"))
                .put("/assessments/" + consulted + "/recommendations")
                .then()
                .statusCode(200);
        asStaffOn(consulted)
                .post("/assessments/" + consulted + "/submission")
                .then()
                .statusCode(200);
        Itpps.Itpp later = itpps().drafted("MDA", 2030);
        later.yearBegan(2);
        String draft = awaitMidTermOf(later.id);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("MDA"))
                        .get("/assessments")
                        .then()
                        .statusCode(200)
                        .body("items.id", equalTo(List.of(consulted)))
                        .body("total", equalTo(1)));
        as(TestTokens.staff())
                .queryParam("partner", "MDA")
                .get("/assessments")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        as(TestTokens.staff())
                .queryParam("itpp", later.id.toString())
                .queryParam("kind", "MID_TERM")
                .queryParam("status", "DRAFT")
                .get("/assessments")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(draft)));
        as(TestTokens.partner("AZE")).get("/assessments/" + consulted).then().statusCode(404);
        as(TestTokens.partner("AZE"))
                .queryParam("partner", "MDA")
                .get("/assessments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void staff_open_an_assessment_by_hand_once_per_itpp_and_kind() {
        Itpps.Itpp itpp = itpps().drafted("ARM", 2026);
        itpp.goalWithMilestone(UUID.randomUUID(), UUID.randomUUID(), "Deployable battalion");
        itpp.yearBegan(2);
        String midTerm = awaitMidTermOf(itpp.id);

        as(TestTokens.staff())
                .body(Map.of("itppId", itpp.id, "kind", "MID_TERM"))
                .post("/assessments")
                .then()
                .statusCode(409);
        String endOfCycle = as(TestTokens.staff())
                .body(Map.of("itppId", itpp.id, "kind", "END_OF_CYCLE"))
                .post("/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(endOfCycle).isNotEqualTo(midTerm);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/assessments/" + endOfCycle)
                        .then()
                        .statusCode(200)
                        .body("kind", equalTo("END_OF_CYCLE"))
                        .body("goals[0].title", equalTo("Deployable battalion")));
        as(TestTokens.staff())
                .body(Map.of("itppId", UUID.randomUUID(), "kind", "MID_TERM"))
                .post("/assessments")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:unknown-itpp"));
    }
}
