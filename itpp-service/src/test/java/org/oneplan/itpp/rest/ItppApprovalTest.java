package org.oneplan.itpp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.asStaffOn;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;
import static org.oneplan.itpp.rest.ItppApi.goal;
import static org.oneplan.itpp.rest.ItppApi.objective;
import static org.oneplan.itpp.rest.ItppApi.prepareAndSubmit;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

/**
 * Outputs 1 and 2 on their way to approval, through HTTP, the real PostgreSQL and the real broker, with
 * partners and Allies arriving as partner-service publishes them and time moved by a test clock.
 */
@QuarkusTest
class ItppApprovalTest extends ItppHttpTest {

    @Test
    void approves_itpp_when_silence_deadline_passes_without_objection_and_the_partner_agreed() {
        UUID georgia = PartnerTopic.registerPartner(kafka, "GEO");
        String itpp = draftWhenPartnerKnown(georgia, 2026);
        prepareAndSubmit(itpp, 2026);
        as(TestTokens.partner("GEO"))
                .post("/itpps/" + itpp + "/partner-agreement")
                .then()
                .statusCode(200);
        asStaffOn(itpp)
                .body(Map.of(
                        "silenceEnds", clock.instant().plus(Duration.ofDays(10)).toString()))
                .post("/itpps/" + itpp + "/circulation")
                .then()
                .statusCode(200);

        clock.advance(Duration.ofDays(11));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.ally("NOR"))
                        .get("/itpps/" + itpp)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("APPROVED")));
        asStaffOn(itpp)
                .body(objective())
                .post("/itpps/" + itpp + "/objectives")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:itpp-approved"));

        List<String> types = TopicReader.readAll(kafka, "oneplan.itpp.events").stream()
                .filter(r -> itpp.equals(r.key()))
                .map(r -> r.event().getType())
                .toList();
        assertThat(types)
                .containsExactly(
                        "org.oneplan.itpp.ItppDrafted.v1",
                        "org.oneplan.itpp.StrategicObjectiveAdded.v1",
                        "org.oneplan.itpp.PartnershipGoalAdded.v1",
                        "org.oneplan.itpp.ItppSubmitted.v1",
                        "org.oneplan.itpp.PartnerAgreementRecorded.v1",
                        "org.oneplan.itpp.ItppCirculated.v1",
                        "org.oneplan.itpp.ItppApproved.v1");

        Map<String, CloudEvent> published = TopicReader.readAll(kafka, "oneplan.itpp.events").stream()
                .filter(r -> itpp.equals(r.key()))
                .collect(Collectors.toMap(r -> r.event().getType(), TopicReader.Published::event, (a, b) -> a));
        CloudEvent circulated = published.get("org.oneplan.itpp.ItppCirculated.v1");
        CloudEvent approved = published.get("org.oneplan.itpp.ItppApproved.v1");
        assertThat(approved.getExtension("actor")).isEqualTo("system:silence-ends");
        assertThat(approved.getExtension("actorrole")).isEqualTo("system");
        assertThat(approved.getExtension("actornation")).isNull();
        assertThat(approved.getExtension("correlationid")).isEqualTo(circulated.getExtension("correlationid"));
        assertThat(approved.getExtension("causationid"))
                .isNotNull()
                .isNotEqualTo(circulated.getExtension("causationid"));
    }

    @Test
    void an_ally_breaking_silence_returns_the_text_to_draft_with_the_objection_recorded() {
        UUID moldova = PartnerTopic.registerPartner(kafka, "MDA");
        String itpp = draftWhenPartnerKnown(moldova, 2026);
        prepareAndSubmit(itpp, 2026);
        asStaffOn(itpp)
                .body(Map.of(
                        "silenceEnds", clock.instant().plus(Duration.ofDays(10)).toString()))
                .post("/itpps/" + itpp + "/circulation")
                .then()
                .statusCode(200);

        as(TestTokens.ally("FRA"))
                .body(Map.of("reason", "Goal 1 needs a measurable outcome"))
                .post("/itpps/" + itpp + "/objections")
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/itpps/" + itpp)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("DRAFT"))
                        .body("objections.ally", contains("FRA"))
                        .body("objections.reason", contains("Goal 1 needs a measurable outcome")));
        clock.advance(Duration.ofDays(11));
        as(TestTokens.staff())
                .get("/itpps/" + itpp + "/history")
                .then()
                .statusCode(200)
                .body("type", hasSize(6))
                .body("[5].actorNation", equalTo("FRA"))
                .body("[5].reason", equalTo("Goal 1 needs a measurable outcome"));
    }

    @Test
    void another_partners_delegation_sees_nothing_of_an_itpp() {
        UUID armenia = PartnerTopic.registerPartner(kafka, "ARM");
        String itpp = draftWhenPartnerKnown(armenia, 2027);

        as(TestTokens.partner("ARM"))
                .queryParam("minVersion", 0)
                .get("/itpps/" + itpp)
                .then()
                .statusCode(200);
        as(TestTokens.partner("AZE")).get("/itpps/" + itpp).then().statusCode(404);
        as(TestTokens.partner("AZE")).get("/itpps/" + itpp + "/history").then().statusCode(404);
        as(TestTokens.partner("AZE")).get("/itpps").then().statusCode(200).body("total", equalTo(0));
        as(TestTokens.partner("AZE"))
                .queryParam("partner", "ARM")
                .get("/itpps")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void refuses_a_second_itpp_for_the_same_partner_and_cycle_and_one_for_a_suspended_partner() {
        UUID serbia = PartnerTopic.registerPartner(kafka, "SRB");
        draftWhenPartnerKnown(serbia, 2026);
        as(TestTokens.staff())
                .body(Map.of("partnerId", serbia, "cycleStartYear", 2026))
                .post("/itpps")
                .then()
                .statusCode(409);

        UUID belarus = PartnerTopic.registerPartner(kafka, "BLR");
        PartnerTopic.suspendPartner(kafka, belarus);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .body(Map.of("partnerId", belarus, "cycleStartYear", 2026))
                        .post("/itpps")
                        .then()
                        .statusCode(422)
                        .body("type", equalTo("urn:oneplan:problem:partner-suspended")));
        as(TestTokens.staff())
                .body(Map.of("partnerId", UUID.randomUUID(), "cycleStartYear", 2026))
                .post("/itpps")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:unknown-partner"));
    }

    @Test
    void refuses_a_milestone_outside_the_cycle_with_400() {
        UUID kazakhstan = PartnerTopic.registerPartner(kafka, "KAZ");
        String itpp = draftWhenPartnerKnown(kazakhstan, 2026);
        String objectiveId = asStaffOn(itpp)
                .body(objective())
                .post("/itpps/" + itpp + "/objectives")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asStaffOn(itpp)
                .body(goal(objectiveId, "2031-01-01"))
                .post("/itpps/" + itpp + "/goals")
                .then()
                .statusCode(400)
                .body("errors.field", contains("milestones"));
    }
}
