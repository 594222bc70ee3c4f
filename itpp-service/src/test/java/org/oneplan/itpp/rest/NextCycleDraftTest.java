package org.oneplan.itpp.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import org.oneplan.contracts.assessment.EndOfCycleAssessmentApprovedEvent;
import org.oneplan.itpp.api.ItppIds;
import org.oneplan.platform.testing.OtherServiceTopic;
import org.oneplan.platform.testing.TestTokens;

/** An approved end-of-cycle assessment on {@code oneplan.assessment.events} drafts its ITPP's next cycle. */
@QuarkusTest
class NextCycleDraftTest extends ItppHttpTest {

    @Test
    void an_approved_end_of_cycle_assessment_drafts_the_next_cycle_carrying_its_goals_and_recommendation() {
        UUID kazakhstan = PartnerTopic.registerPartner(kafka, "KAZ");
        int cycle = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        String itpp = draftWhenPartnerKnown(kazakhstan, cycle);
        String goal = ItppApi.addGoal(itpp, ItppApi.addObjective(itpp), cycle + 1 + "-06-30");
        UUID next = ItppIds.of(kazakhstan, cycle + 4);

        UUID assessment = UUID.randomUUID();
        OtherServiceTopic.of(kafka, "assessment")
                .publish(
                        "ItppAssessment",
                        assessment,
                        9,
                        new EndOfCycleAssessmentApprovedEvent(
                                assessment,
                                UUID.fromString(itpp),
                                kazakhstan,
                                "KAZ",
                                clock.instant(),
                                "Keep the land focus",
                                List.of(UUID.fromString(goal)),
                                List.of("Maritime domain awareness"),
                                List.of("A coastal radar picture")));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/itpps/" + next)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("DRAFT"))
                        .body("cycleStartYear", equalTo(cycle + 4))
                        .body("previousItppId", equalTo(itpp))
                        .body("goals", hasSize(1))
                        .body("recommendation.assessmentId", equalTo(assessment.toString()))
                        .body("recommendation.text", equalTo("Keep the land focus"))
                        .body("recommendation.newObjectives", equalTo(List.of("Maritime domain awareness")))
                        .body("recommendation.newGoals", equalTo(List.of("A coastal radar picture"))));
        List<Map<String, Object>> history = as(TestTokens.inspector())
                .get("/itpps/" + next + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        org.assertj.core.api.Assertions.assertThat(history.get(0))
                .containsEntry("actor", "system:reaction:EndOfCycleAssessmentApproved")
                .containsEntry("actorRole", "system");
    }
}
