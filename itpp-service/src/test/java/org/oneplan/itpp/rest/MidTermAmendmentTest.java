package org.oneplan.itpp.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.oneplan.itpp.rest.ItppApi.approve;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.platform.testing.OtherServiceTopic;
import org.oneplan.platform.testing.TestTokens;

/** An approved mid-term assessment on {@code oneplan.assessment.events} opens an amendment of its ITPP. */
@QuarkusTest
class MidTermAmendmentTest extends ItppHttpTest {

    @Test
    void an_approved_mid_term_assessment_opens_an_amendment_carrying_its_recommendations() {
        UUID moldova = PartnerTopic.registerPartner(kafka, "MDA");
        int cycle = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        String itpp = draftWhenPartnerKnown(moldova, cycle);
        approve(itpp, cycle, "MDA", clock);
        clock.advance(Duration.between(
                        clock.instant(),
                        LocalDate.of(cycle + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .plusSeconds(1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        as(TestTokens.staff()).get("/itpps/" + itpp).then().body("cycleYear", equalTo(2)));

        UUID assessment = UUID.randomUUID();
        OtherServiceTopic.of(kafka, "assessment")
                .publish(
                        "ItppAssessment",
                        assessment,
                        7,
                        new ItppAssessmentApprovedEvent(
                                assessment,
                                AssessmentKind.MID_TERM,
                                UUID.fromString(itpp),
                                moldova,
                                "MDA",
                                clock.instant(),
                                "Add a cyber defence objective for years 3-4"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/itpps/" + itpp)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("AMENDING"))
                        .body("amendment", equalTo(1)));
        List<Map<String, Object>> history = as(TestTokens.inspector())
                .get("/itpps/" + itpp + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<String, Object> opened = history.get(history.size() - 1);
        org.assertj.core.api.Assertions.assertThat(opened)
                .containsEntry("type", "org.oneplan.itpp.AmendmentOpened.v1")
                .containsEntry("actor", "system:reaction:ItppAssessmentApproved")
                .containsEntry("actorRole", "system");
        as(TestTokens.inspector())
                .get("/itpps/" + itpp + "/history")
                .then()
                .body(
                        "[" + (history.size() - 1) + "].data.reason",
                        startsWith("Mid-term assessment " + assessment + " approved"))
                .body(
                        "[" + (history.size() - 1) + "].data.reason",
                        org.hamcrest.Matchers.endsWith("Add a cyber defence objective for years 3-4"));
    }
}
