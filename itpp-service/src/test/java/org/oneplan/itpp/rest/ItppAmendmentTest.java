package org.oneplan.itpp.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.itpp.rest.ItppApi.approve;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.circulate;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.OnePlanInfrastructure;
import org.oneplan.platform.testing.TestTokens;

/** After the mid-term an approved ITPP is amended on the same path; the next cycle carries chosen goals over. */
@QuarkusTest
@QuarkusTestResource(value = OnePlanInfrastructure.class, restrictToAnnotatedClass = false)
class ItppAmendmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    TestClock clock;

    @Test
    void an_amendment_after_the_mid_term_is_approved_like_the_original_and_the_old_text_stays_readable_as_of() {
        PartnerTopic.admitAlly(kafka, "FRA", LocalDate.of(1949, 4, 4));
        UUID qatar = PartnerTopic.registerPartner(kafka, "QAT");
        int cycle = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        String itpp = draftWhenPartnerKnown(qatar, cycle);
        String goalId = approve(itpp, cycle, "QAT", clock);

        as(TestTokens.staff()).body(Map.of("reason", "Too early")).post("/itpps/" + itpp + "/amendments")
                .then().statusCode(422).body("type", equalTo("urn:oneplan:problem:amendment-before-mid-term"));
        clock.advance(Duration.between(clock.instant(),
                LocalDate.of(cycle + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)).plusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.staff()).get("/itpps/" + itpp)
                .then().body("cycleYear", equalTo(2)));
        Instant beforeAmendment = clock.instant();
        clock.advance(Duration.ofDays(30));

        as(TestTokens.staff()).body(Map.of("reason", "Mid-term assessment recommends a cyber defence objective"))
                .post("/itpps/" + itpp + "/amendments").then().statusCode(200);
        as(TestTokens.staff()).body(Map.of("title", "Cyber defence", "intendedOutcome", "A national CERT"))
                .post("/itpps/" + itpp + "/objectives").then().statusCode(201);
        as(TestTokens.staff()).post("/itpps/" + itpp + "/submission").then().statusCode(200);
        as(TestTokens.partner("QAT")).post("/itpps/" + itpp + "/partner-agreement").then().statusCode(200);
        circulate(itpp, clock.instant().plus(Duration.ofDays(10)));
        clock.advance(Duration.ofDays(11));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.ally("FRA")).get("/itpps/" + itpp)
                .then().body("status", equalTo("APPROVED")).body("amendment", equalTo(1))
                .body("objectives", hasSize(2)));
        as(TestTokens.inspector()).queryParam("asOf", beforeAmendment.toString()).get("/itpps/" + itpp).then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("amendment", equalTo(0))
                .body("objectives", hasSize(1));

        String next = as(TestTokens.staff()).body(Map.of("goalIds", List.of(goalId)))
                .post("/itpps/" + itpp + "/renewal").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.partner("QAT")).get("/itpps/" + next)
                .then().statusCode(200)
                .body("cycleStartYear", equalTo(cycle + 4))
                .body("previousItppId", equalTo(itpp))
                .body("status", equalTo("DRAFT"))
                .body("goals", hasSize(1))
                .body("goals[0].title", equalTo("Deployable battalion"))
                .body("goals[0].milestones", hasSize(0))
                .body("objectives", hasSize(1)));
        as(TestTokens.staff()).body(Map.of("goalIds", List.of(goalId))).post("/itpps/" + itpp + "/renewal")
                .then().statusCode(409);
    }
}
