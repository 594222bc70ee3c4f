package org.oneplan.itpp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.oneplan.itpp.rest.ItppApi.addObjective;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.asStaffOn;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;
import static org.oneplan.itpp.rest.ItppApi.objective;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

/**
 * Values no consumer could hold are refused at the API with a 400 naming the field, before a command is
 * sent; and the values accepted reach the read model exactly as given.
 */
@QuarkusTest
class ItppInputBoundsTest extends ItppHttpTest {

    @Test
    void refuses_an_indicator_target_no_consumer_can_hold_with_400_and_changes_nothing() {
        String itpp = draftedItpp("MNG");
        String objective = addObjective(itpp);
        int before = storedEvents(itpp);

        post(itpp, "/goals", goalWithIndicator(objective, "1", "1E+400"))
                .statusCode(400)
                .body("type", equalTo("urn:oneplan:problem:validation"))
                .body("errors.field", hasItem("indicators[0].target"));
        post(itpp, "/goals", goalWithIndicator(objective, "1.0000001", "3"))
                .statusCode(400)
                .body("errors.field", hasItem("indicators[0].baseline"));

        assertThat(storedEvents(itpp)).as("events stored after refused goals").isEqualTo(before);
    }

    @Test
    void refuses_a_change_without_if_match_with_428_and_changes_nothing() {
        String itpp = draftedItpp("JOR");
        int before = storedEvents(itpp);

        as(TestTokens.staff())
                .body(objective())
                .post("/itpps/" + itpp + "/objectives")
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oneplan:problem:precondition-required"))
                .body("title", equalTo("Precondition Required"));

        assertThat(storedEvents(itpp))
                .as("events stored after a change without If-Match")
                .isEqualTo(before);
    }

    @Test
    void refuses_a_silence_deadline_beyond_plausible_years_with_400_not_a_server_error() {
        String itpp = draftedItpp("IRQ");
        post(itpp, "/circulation", "{\"silenceEnds\":\"+1000000000-01-01T00:00:00Z\"}")
                .statusCode(400)
                .body("type", equalTo("urn:oneplan:problem:validation"))
                .body("errors.field", hasItem("silenceEnds"));
    }

    @Test
    void refuses_a_body_naming_a_member_twice_with_a_400_problem_whatever_its_other_members() {
        String itpp = draftedItpp("KGZ");
        as(TestTokens.ally("NOR"))
                .body("{\"reason\":\"a\",\"reason\":\"b\"}")
                .post("/itpps/" + itpp + "/objections")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oneplan:problem:malformed-body"));
        post(
                        itpp,
                        "/circulation",
                        "{\"silenceEnds\":\"2030-01-01T00:00:00Z\",\"silenceEnds\":\"2031-01-01T00:00:00Z\"}")
                .statusCode(400)
                .body("type", equalTo("urn:oneplan:problem:malformed-body"));
    }

    @Test
    void refuses_text_with_control_characters_in_bodies_and_queries_with_400() {
        String itpp = draftedItpp("AZE");
        asStaffOn(itpp)
                .body(Map.of("title", "Cyber\u0000defence", "intendedOutcome", "A national CERT"))
                .post("/itpps/" + itpp + "/objectives")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
        as(TestTokens.ally("NOR"))
                .queryParam("partner", "A\u0000Z")
                .get("/itpps")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("partner"));
        as(TestTokens.ally("NOR"))
                .queryParam("asOf", "+1000000000-01-01T00:00:00Z")
                .get("/itpps/" + itpp + "/history")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void keeps_indicator_values_exactly_as_given_through_the_topic_into_the_read_model() {
        String itpp = draftedItpp("MKD");
        String objective = addObjective(itpp);
        int version = post(itpp, "/goals", goalWithIndicator(objective, "1E+2", "2.50"))
                .statusCode(201)
                .extract()
                .path("version");

        String document = as(TestTokens.staff())
                .queryParam("minVersion", version)
                .get("/itpps/" + itpp)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(document).contains("\"baseline\":1E+2").contains("\"target\":2.50");
    }

    private String draftedItpp(String code) {
        UUID partner = PartnerTopic.registerPartner(kafka, code);
        return draftWhenPartnerKnown(
                partner, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear());
    }

    /** From the event store (the history), not the eventually consistent read model. */
    private static int storedEvents(String itpp) {
        return as(TestTokens.inspector())
                .get("/itpps/" + itpp + "/history")
                .then()
                .statusCode(200)
                .extract()
                .path("size()");
    }

    private static ValidatableResponse post(String itpp, String part, String json) {
        return asStaffOn(itpp).body(json).post("/itpps/" + itpp + part).then();
    }

    /** Raw JSON, so that the numbers are sent exactly as written. */
    private String goalWithIndicator(String objective, String baseline, String target) {
        int year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        return """
                {"title":"Deployable battalion","expectedOutcome":"Certified at level 2","rationale":"Operations",
                 "objectiveIds":["%s"],
                 "indicators":[{"description":"Officers trained","unit":"persons","baseline":%s,"baselineYear":%d,
                                "target":%s,"targetYear":%d,"sexDisaggregated":false}]}""".formatted(objective, baseline, year, target, year + 2);
    }
}
