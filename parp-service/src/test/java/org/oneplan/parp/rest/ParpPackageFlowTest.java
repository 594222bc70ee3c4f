package org.oneplan.parp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.parp.rest.ParpApi.answer;
import static org.oneplan.parp.rest.ParpApi.as;
import static org.oneplan.parp.rest.ParpApi.asOn;
import static org.oneplan.parp.rest.ParpApi.asStaffOn;
import static org.oneplan.parp.rest.ParpApi.draftGoal;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.parp.api.ParpIds;
import org.oneplan.platform.testing.OtherServiceTopic;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

/** A PARP cycle from the ITPP's approval to an approved package with progress, through HTTP and Kafka. */
@QuarkusTest
class ParpPackageFlowTest extends ParpHttpTest {

    @Test
    void an_approved_itpp_opens_parp_cycle_1_and_its_year_3_opens_cycle_2() {
        UUID georgia = partners().enrolledInParp("GEO");
        UUID itpp = UUID.randomUUID();
        OtherServiceTopic itppTopic = OtherServiceTopic.of(kafka, "itpp");
        itppTopic.publish("Itpp", itpp, 0, new ItppDraftedEvent(itpp, georgia, "GEO", 2026));
        itppTopic.publish("Itpp", itpp, 1, new ItppApprovedEvent(itpp, clock.instant()));

        String first = ParpIds.cycle(georgia, 2026).toString();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("GEO"))
                        .get("/parp-cycles/" + first)
                        .then()
                        .statusCode(200)
                        .body("startYear", equalTo(2026))
                        .body("endYear", equalTo(2027))
                        .body("itppId", equalTo(itpp.toString()))
                        .body("status", equalTo("NEGOTIATING")));
        as(TestTokens.inspector())
                .get("/parp-cycles/" + first + "/history")
                .then()
                .statusCode(200)
                .body("[0].actor", equalTo("system:reaction:ItppApproved"))
                .body("[0].actorRole", equalTo("system"));

        itppTopic.publish("Itpp", itpp, 2, new ItppCycleYearBeganEvent(itpp, 3, 2028));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/parp-cycles/" + ParpIds.cycle(georgia, 2028))
                        .then()
                        .statusCode(200)
                        .body("startYear", equalTo(2028)));
    }

    @Test
    void an_approved_itpp_of_a_partner_not_in_parp_opens_no_cycle() {
        UUID egypt = partners().registered("EGY");
        UUID itpp = UUID.randomUUID();
        OtherServiceTopic itppTopic = OtherServiceTopic.of(kafka, "itpp");
        itppTopic.publish("Itpp", itpp, 0, new ItppDraftedEvent(itpp, egypt, "EGY", 2026));
        itppTopic.publish("Itpp", itpp, 1, new ItppApprovedEvent(itpp, clock.instant()));
        // A later ITPP on the same partition proves the reaction passed the first one by; its partner is
        // known as enrolled first (a cycle opened by hand shows it), as the partner view is another consumer.
        UUID armenia = partners().enrolledInParp("ARM");
        ParpApi.openWhenPartnerKnown(armenia, 2040);
        UUID later = UUID.randomUUID();
        itppTopic.publish("Itpp", later, 0, new ItppDraftedEvent(later, armenia, "ARM", 2030));
        itppTopic.publish("Itpp", later, 1, new ItppApprovedEvent(later, clock.instant()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/parp-cycles/" + ParpIds.cycle(armenia, 2030))
                        .then()
                        .statusCode(200));

        as(TestTokens.staff())
                .get("/parp-cycles/" + ParpIds.cycle(egypt, 2026))
                .then()
                .statusCode(404);
        as(TestTokens.staff())
                .body(Map.of("partnerId", egypt, "startYear", 2026))
                .post("/parp-cycles")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:partner-not-in-parp"));
    }

    @Test
    void a_package_is_negotiated_goal_by_goal_agreed_circulated_and_approved_when_silence_holds() {
        String cycle = ParpApi.openWhenPartnerKnown(partners().enrolledInParp("UKR"), 2026);
        String goal = draftGoal(cycle, "G 0101");

        answer("UKR", cycle, goal, "REQUEST_CHANGE", "Move the target to 2029");
        asStaffOn(cycle)
                .post("/parp-cycles/" + cycle + "/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:goals-not-agreed"));
        Map<String, Object> revised = new java.util.HashMap<>(ParpApi.goal("G 0101"));
        revised.put("toYear", 2030);
        asStaffOn(cycle)
                .body(revised)
                .put("/parp-cycles/" + cycle + "/goals/" + goal)
                .then()
                .statusCode(200);
        answer("UKR", cycle, goal, "AGREE", null);

        asStaffOn(cycle).post("/parp-cycles/" + cycle + "/submission").then().statusCode(200);
        as(TestTokens.partner("UKR"))
                .post("/parp-cycles/" + cycle + "/partner-agreement")
                .then()
                .statusCode(200);
        asStaffOn(cycle)
                .body(Map.of(
                        "silenceEnds", clock.instant().plus(Duration.ofDays(10)).toString()))
                .post("/parp-cycles/" + cycle + "/circulation")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofDays(11));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.ally("NOR"))
                        .get("/parp-cycles/" + cycle)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("APPROVED"))
                        .body("goals", hasSize(1))
                        .body("goals[0].revision", equalTo(2))
                        .body(
                                "goals[0].negotiation.step",
                                equalTo(List.of("DRAFTED", "CHANGE_REQUESTED", "REVISED", "AGREED"))));

        asStaffOn(cycle)
                .body(Map.of("status", "IN_PROGRESS", "evidence", "Two companies certified at level 1"))
                .post("/parp-cycles/" + cycle + "/goals/" + goal + "/progress")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("UKR"))
                        .get("/parp-cycles/" + cycle + "/goals/" + goal)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("IN_PROGRESS")));
        assertThat(as(TestTokens.staff())
                        .get("/parp-cycles/" + cycle + "/package.html")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("NATO RESTRICTED - Releasable to UKR", "G 0101", "IN_PROGRESS");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TopicReader.readAll(kafka, "oneplan.parp.events").stream()
                                .filter(r -> cycle.equals(r.key()))
                                .map(r -> r.event().getType()))
                        .contains(
                                "org.oneplan.parp.ParpPackageApproved.v1",
                                "org.oneplan.parp.ParpGoalProgressRecorded.v1"));
        as(TestTokens.inspector())
                .get("/audit/chain")
                .then()
                .statusCode(200)
                .body("topic", equalTo("oneplan.parp.events"))
                .body("intact", equalTo(true));
    }

    @Test
    void the_partner_answers_the_survey_section_by_section_and_staff_ask_for_clarification() {
        String cycle = ParpApi.openWhenPartnerKnown(partners().enrolledInParp("SRB"), 2026);
        asStaffOn(cycle)
                .body(Map.of("questionsOfTheCycle", List.of(), "dueDate", "2026-06-30"))
                .post("/parp-cycles/" + cycle + "/survey")
                .then()
                .statusCode(200);
        // A write based on a version that is no longer the latest is a conflict, whatever the rules would say.
        as(TestTokens.staff())
                .header("If-Match", "\"0\"")
                .body(Map.of("questionsOfTheCycle", List.of(), "dueDate", "2026-06-30"))
                .post("/parp-cycles/" + cycle + "/survey")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:oneplan:problem:stale-version"));
        for (String section : List.of(
                "DEFENCE_POLICY_AND_PLANNING", "FORCES_AND_CAPABILITIES_OFFERED", "DEFENCE_BUDGET_AND_RESOURCES")) {
            asOn(TestTokens.partner("SRB"), cycle)
                    .body(Map.of("answer", "Answer on " + section))
                    .put("/parp-cycles/" + cycle + "/survey/answers/" + section)
                    .then()
                    .statusCode(200);
        }
        asOn(TestTokens.partner("SRB"), cycle)
                .post("/parp-cycles/" + cycle + "/survey/submission")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:survey-incomplete"));
        asOn(TestTokens.partner("SRB"), cycle)
                .body(Map.of("answer", "Two battalions"))
                .put("/parp-cycles/" + cycle + "/survey/answers/INTEROPERABILITY")
                .then()
                .statusCode(200);
        asOn(TestTokens.partner("SRB"), cycle)
                .post("/parp-cycles/" + cycle + "/survey/submission")
                .then()
                .statusCode(200);
        asStaffOn(cycle)
                .body(Map.of("question", "Which battalions?"))
                .post("/parp-cycles/" + cycle + "/survey/clarifications/INTEROPERABILITY")
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("SRB"))
                        .get("/parp-cycles/" + cycle)
                        .then()
                        .statusCode(200)
                        .body("survey.status", equalTo("ANSWERING"))
                        .body("survey.clarifications[0].question", equalTo("Which battalions?"))
                        .body("survey.sections.find { it.section == 'INTEROPERABILITY' }.open", equalTo(true))
                        .body(
                                "survey.sections.find { it.section == 'INTEROPERABILITY' }.answer",
                                equalTo("Two battalions"))
                        .body(
                                "survey.sections.find { it.section == 'DEFENCE_POLICY_AND_PLANNING' }.open",
                                equalTo(false)));
    }

    @Test
    void a_partner_sees_only_its_own_cycles() {
        String cycle = ParpApi.openWhenPartnerKnown(partners().enrolledInParp("MDA"), 2026);
        as(TestTokens.partner("AZE")).get("/parp-cycles/" + cycle).then().statusCode(404);
        as(TestTokens.partner("AZE"))
                .get("/parp-cycles?partner=MDA")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("MDA"))
                        .get("/parp-cycles")
                        .then()
                        .statusCode(200)
                        .body("items.partnerCode", org.hamcrest.Matchers.everyItem(equalTo("MDA")))
                        .body("total", equalTo(1)));
    }
}
