package org.oneplan.itpp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.itpp.rest.ItppApi.approve;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.asStaffOn;
import static org.oneplan.itpp.rest.ItppApi.circulate;
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

/**
 * The full cycle, driven by the test clock: create, objectives, goals, circulation, the partner's
 * agreement, approval at the deadline, activities, year 2, amendment on the same path, year 4, renewal;
 * every event on {@code oneplan.itpp.events}.
 */
@QuarkusTest
class ItppFullCycleTest extends ItppHttpTest {

    @Test
    void an_itpp_goes_through_its_whole_cycle_from_draft_to_renewal() {
        UUID qatar = PartnerTopic.registerPartner(kafka, "QAT");
        int cycle = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        String itpp = draftWhenPartnerKnown(qatar, cycle);
        String goalId = approve(itpp, cycle, "QAT", clock);

        asStaffOn(itpp)
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
                        Map.of("kind", "NATO_BODY", "name", "NATO School Oberammergau")))
                .post("/itpps/" + itpp + "/activities")
                .then()
                .statusCode(201);
        asStaffOn(itpp)
                .body(Map.of("reason", "Too early"))
                .post("/itpps/" + itpp + "/amendments")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:amendment-before-mid-term"));
        clock.advance(Duration.between(
                        clock.instant(),
                        LocalDate.of(cycle + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .plusSeconds(1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        as(TestTokens.staff()).get("/itpps/" + itpp).then().body("cycleYear", equalTo(2)));
        Instant beforeAmendment = clock.instant();
        clock.advance(Duration.ofDays(30));

        asStaffOn(itpp)
                .body(Map.of("reason", "Mid-term assessment recommends a cyber defence objective"))
                .post("/itpps/" + itpp + "/amendments")
                .then()
                .statusCode(200);
        asStaffOn(itpp)
                .body(Map.of("title", "Cyber defence", "intendedOutcome", "A national CERT"))
                .post("/itpps/" + itpp + "/objectives")
                .then()
                .statusCode(201);
        asStaffOn(itpp).post("/itpps/" + itpp + "/submission").then().statusCode(200);
        as(TestTokens.partner("QAT"))
                .post("/itpps/" + itpp + "/partner-agreement")
                .then()
                .statusCode(200);
        circulate(itpp, clock.instant().plus(Duration.ofDays(10)));
        clock.advance(Duration.ofDays(11));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.ally("FRA"))
                        .get("/itpps/" + itpp)
                        .then()
                        .body("status", equalTo("APPROVED"))
                        .body("amendment", equalTo(1))
                        .body("objectives", hasSize(2)));
        as(TestTokens.inspector())
                .queryParam("asOf", beforeAmendment.toString())
                .get("/itpps/" + itpp)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("amendment", equalTo(0))
                .body("objectives", hasSize(1));

        clock.advance(Duration.between(
                        clock.instant(),
                        LocalDate.of(cycle + 3, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .plusSeconds(1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/itpps/" + itpp)
                        .then()
                        .body("cycleYear", equalTo(4))
                        .body("goals[0].indicators[0].unit", equalTo("persons")));

        String next = as(TestTokens.staff())
                .body(Map.of("goalIds", List.of(goalId)))
                .post("/itpps/" + itpp + "/renewal")
                .then()
                .statusCode(201)
                // drafted, carried over, one objective, one goal: the version the write side reports
                .body("version", equalTo(3))
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("QAT"))
                        .get("/itpps/" + next)
                        .then()
                        .statusCode(200)
                        .body("cycleStartYear", equalTo(cycle + 4))
                        .body("previousItppId", equalTo(itpp))
                        .body("status", equalTo("DRAFT"))
                        .body("goals", hasSize(1))
                        .body("goals[0].title", equalTo("Deployable battalion"))
                        .body("goals[0].milestones", hasSize(0))
                        .body("objectives", hasSize(1)));
        as(TestTokens.staff())
                .body(Map.of("goalIds", List.of(goalId)))
                .post("/itpps/" + itpp + "/renewal")
                .then()
                .statusCode(409);

        List<String> stored = as(TestTokens.inspector())
                .get("/itpps/" + itpp + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("type", String.class);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TopicReader.readAll(kafka, "oneplan.itpp.events").stream()
                                .filter(r -> itpp.equals(r.key()))
                                .map(r -> r.event().getType())
                                .toList())
                        .containsExactlyElementsOf(stored)
                        .contains(
                                "org.oneplan.itpp.ItppCycleYearBegan.v1",
                                "org.oneplan.itpp.AmendmentOpened.v1",
                                "org.oneplan.itpp.ActivityPlanned.v1"));

        // Every record of the document is marked as the document is, those of deadlines included.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<TopicReader.Published> records = TopicReader.readAll(kafka, "oneplan.itpp.events").stream()
                    .filter(r -> itpp.equals(r.key()) || next.equals(r.key()))
                    .toList();
            assertThat(records).extracting(TopicReader.Published::key).contains(itpp, next);
            assertThat(records).allSatisfy(r -> {
                assertThat(r.event().getExtension("classification")).isEqualTo("NATO RESTRICTED");
                assertThat(r.event().getExtension("releasability")).isEqualTo("Releasable to QAT");
            });
        });
    }
}
