package org.oneplan.itpp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.itpp.rest.ItppApi.addObjective;
import static org.oneplan.itpp.rest.ItppApi.approve;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.asStaffOn;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

/** An approved ITPP in implementation: activities, milestone progress, the cycle calendar, and its readings. */
@QuarkusTest
class ItppImplementationTest extends ItppHttpTest {

    @Test
    void activities_and_milestone_progress_trace_to_goals_and_objectives_and_print_under_the_banner() {
        UUID bosnia = PartnerTopic.registerPartner(kafka, "BIH");
        int cycle = currentYear();
        String itpp = draftWhenPartnerKnown(bosnia, cycle);
        String goalId = approve(itpp, cycle, "BIH", clock);

        String activityId = asStaffOn(itpp)
                .body(Map.of(
                        "title",
                        "Staff officer course",
                        "type",
                        "PCM_EVENT",
                        "goalIds",
                        List.of(goalId),
                        "plannedFrom",
                        cycle + "-09-01",
                        "plannedUntil",
                        cycle + "-09-12",
                        "lead",
                        Map.of("kind", "NATO_BODY", "name", "NATO School Oberammergau"),
                        "pcmEventCode",
                        "ETE-CP-2345"))
                .post("/itpps/" + itpp + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asStaffOn(itpp)
                .body(Map.of("status", "UNDER_WAY"))
                .put("/itpps/" + itpp + "/activities/" + activityId + "/status")
                .then()
                .statusCode(200);
        String milestoneId =
                as(TestTokens.staff()).get("/itpps/" + itpp).then().extract().path("goals[0].milestones[0].id");
        int version = asStaffOn(itpp)
                .body(Map.of("progress", "AT_RISK", "evidence", "Evaluators not yet named"))
                .post("/itpps/" + itpp + "/goals/" + goalId + "/milestones/" + milestoneId + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .path("version");

        as(TestTokens.partner("BIH"))
                .queryParam("minVersion", version)
                .get("/itpps/" + itpp + "/traceability")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("BIH"))
                        .get("/itpps/" + itpp + "/traceability")
                        .then()
                        .statusCode(200)
                        .body("objectives", hasSize(1))
                        .body("objectives[0].goals[0].id", equalTo(goalId))
                        .body("objectives[0].goals[0].milestones[0].progress", equalTo("AT_RISK"))
                        .body("objectives[0].goals[0].activities[0].id", equalTo(activityId))
                        .body("objectives[0].goals[0].activities[0].status", equalTo("UNDER_WAY")));

        String html = as(TestTokens.ally("NOR"))
                .accept("text/html")
                .get("/itpps/" + itpp + "/document.html")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertThat(html)
                .contains(
                        "NATO RESTRICTED - Releasable to BIH",
                        "Interoperable forces",
                        "Deployable battalion",
                        "Staff officer course",
                        "ETE-CP-2345");
        as(TestTokens.partner("UKR"))
                .get("/itpps/" + itpp + "/document.html")
                .then()
                .statusCode(404);
    }

    @Test
    void year_2_begins_on_the_first_new_year_after_approval_and_is_published() {
        UUID kyrgyz = PartnerTopic.registerPartner(kafka, "KGZ");
        int cycle = currentYear();
        String itpp = draftWhenPartnerKnown(kyrgyz, cycle);
        approve(itpp, cycle, "KGZ", clock);

        Instant newYear = LocalDate.of(cycle + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(clock.instant(), newYear).plusSeconds(1));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TopicReader.readAll(kafka, "oneplan.itpp.events").stream()
                                .filter(r -> itpp.equals(r.key()))
                                .map(r -> r.event().getType())
                                .toList())
                        .contains("org.oneplan.itpp.ItppCycleYearBegan.v1"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        as(TestTokens.staff()).get("/itpps/" + itpp).then().body("cycleYear", equalTo(2)));
    }

    @Test
    void the_document_as_of_an_earlier_instant_is_the_text_as_it_stood_then() {
        UUID tajikistan = PartnerTopic.registerPartner(kafka, "TJK");
        String itpp = draftWhenPartnerKnown(tajikistan, currentYear() + 1);
        String objectiveId = addObjective(itpp);
        Instant beforeRevision = clock.instant();
        clock.advance(Duration.ofHours(1));
        int version = asStaffOn(itpp)
                .body(Map.of("title", "Resilient institutions", "intendedOutcome", "Institutions withstand crises"))
                .put("/itpps/" + itpp + "/objectives/" + objectiveId)
                .then()
                .statusCode(200)
                .extract()
                .path("version");

        as(TestTokens.staff())
                .queryParam("minVersion", version)
                .get("/itpps/" + itpp)
                .then()
                .statusCode(200)
                .body("objectives[0].title", equalTo("Resilient institutions"));
        as(TestTokens.staff())
                .queryParam("asOf", beforeRevision.toString())
                .get("/itpps/" + itpp)
                .then()
                .statusCode(200)
                .body("objectives[0].title", equalTo("Interoperable forces"))
                .body("version", equalTo(1));
        as(TestTokens.staff())
                .queryParam("atVersion", 0)
                .get("/itpps/" + itpp)
                .then()
                .statusCode(200)
                .body("objectives", hasSize(0));
        as(TestTokens.staff())
                .queryParam("atVersion", 99)
                .get("/itpps/" + itpp)
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:oneplan:problem:not-found"));
    }

    @Test
    void refuses_milestone_progress_before_approval_with_422() {
        UUID turkmenistan = PartnerTopic.registerPartner(kafka, "TKM");
        String itpp = draftWhenPartnerKnown(turkmenistan, currentYear() + 2);
        String goalId = ItppApi.addGoal(itpp, addObjective(itpp), (currentYear() + 3) + "-01-31");
        String milestoneId = as(TestTokens.staff())
                .queryParam("minVersion", 2)
                .get("/itpps/" + itpp)
                .then()
                .extract()
                .path("goals[0].milestones[0].id");
        asStaffOn(itpp)
                .body(Map.of("progress", "ACHIEVED", "evidence", "Report"))
                .post("/itpps/" + itpp + "/goals/" + goalId + "/milestones/" + milestoneId + "/progress")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:itpp-not-approved"));
    }

    private int currentYear() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
    }
}
