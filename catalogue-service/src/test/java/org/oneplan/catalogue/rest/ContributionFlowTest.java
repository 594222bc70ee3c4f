package org.oneplan.catalogue.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.catalogue.rest.CatalogueApi.as;
import static org.oneplan.catalogue.rest.CatalogueApi.awaitVersion;
import static org.oneplan.catalogue.rest.CatalogueApi.contribution;
import static org.oneplan.catalogue.rest.CatalogueApi.offer;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

@QuarkusTest
class ContributionFlowTest extends CatalogueHttpTest {

    @Test
    void an_ally_offers_an_event_staff_approve_it_and_everyone_finds_it_in_the_catalogue() {
        String institution = CatalogueApi.referenceData("DPB", "Ecole de guerre");
        String path = as(TestTokens.ally("FRA"))
                .body(contribution(2032, offer("Defence budgeting course", institution, "DPB")))
                .post("/catalogue-events")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String event = path.substring(path.indexOf("/catalogue-events/"));
        String id = event.substring("/catalogue-events/".length());
        awaitVersion(id, 0);
        // Only France offers under a French school; an offer lists each iteration once.
        as(TestTokens.ally("NOR"))
                .body(contribution(2032, offer("Norwegian budgeting course", institution, "DPB")))
                .post("/catalogue-events")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:institution-of-another-nation"));
        Map<String, String> march = Map.of("start", "2032-03-01", "end", "2032-03-05");
        as(TestTokens.ally("FRA"))
                .body(Map.of(
                        "year", 2032,
                        "offer", offer("Budgeting twice", institution, "DPB"),
                        "iterations", java.util.List.of(march, march)))
                .post("/catalogue-events")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:iteration-listed-twice"));

        // A draft: staff and the offering nation read it; another nation is told it does not exist.
        as(TestTokens.ally("FRA")).get(event).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(TestTokens.ally("NOR")).get(event).then().statusCode(404);
        as(TestTokens.partner("GEO")).get(event + "/history").then().statusCode(404);
        as(TestTokens.partner("ARM"))
                .queryParam("year", 2032)
                .queryParam("discipline", "DPB")
                .get("/catalogue-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(TestTokens.ally("FRA")).post(event + "/approval").then().statusCode(403);

        as(TestTokens.staff(), event)
                .post(event + "/approval")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        as(TestTokens.staff(), event)
                .post(event + "/approval")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:contribution-not-pending"));
        awaitVersion(id, 1);

        as(TestTokens.partner("GEO"))
                .get(event)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("APPROVED"))
                .body("offeringNation", equalTo("FRA"))
                .body("iterations", hasSize(1));
        as(TestTokens.partner("GEO"))
                .queryParam("year", 2032)
                .queryParam("discipline", "DPB")
                .queryParam("q", "budgeting")
                .queryParam("hostNation", "FRA")
                .queryParam("delivery", "RESIDENT")
                .get("/catalogue-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].offer.title", equalTo("Defence budgeting course"));
        as(TestTokens.partner("GEO"))
                .queryParam("year", 2032)
                .queryParam("q", "navigation")
                .get("/catalogue-events")
                .then()
                .body("total", equalTo(0));

        // After approval: the offering nation adds an iteration, revises the event and cancels it.
        as(TestTokens.ally("FRA"), event)
                .body(Map.of("start", "2032-09-06", "end", "2032-09-10"))
                .post(event + "/iterations")
                .then()
                .statusCode(200);
        Map<String, Object> revised = offer("Defence budgeting course", institution, "DPB");
        revised.put("maxSeats", 24);
        as(TestTokens.ally("FRA"), event).body(revised).put(event).then().statusCode(200);
        as(TestTokens.ally("NOR"), event)
                .body(Map.of("reason", "Not ours"))
                .post(event + "/cancellation")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:not-the-offering-nation"));
        as(TestTokens.ally("FRA"), event)
                .body(Map.of("reason", "Too few nominations"))
                .post(event + "/cancellation")
                .then()
                .statusCode(200)
                .body("version", equalTo(4));
        awaitVersion(id, 4);
        as(TestTokens.partner("GEO"))
                .get(event)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Too few nominations"))
                .body("offer.maxSeats", equalTo(24))
                .body("iterations", hasSize(2));
        as(TestTokens.partner("GEO"))
                .get(event + "/history")
                .then()
                .statusCode(200)
                .body("actorNation", hasItem("FRA"))
                .body("actorRole", hasItem("staff"))
                .body("reason", hasItem("Too few nominations"));
        as(TestTokens.partner("GEO"))
                .queryParam("asOf", "2000-01-01T00:00:00Z")
                .get(event + "/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void staff_decline_a_partners_offer_with_a_reason_and_the_partner_reads_why() {
        String institution = CatalogueApi.referenceData("LT", "Tbilisi language centre", "GEO");
        String path = as(TestTokens.partner("GEO"))
                .body(contribution(2032, offer("Georgian for instructors", institution, "LT")))
                .post("/catalogue-events")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String event = path.substring(path.indexOf("/catalogue-events/"));
        as(TestTokens.partner("GEO"))
                .body(contribution(2032, offer("Georgian for instructors", institution, "LT")))
                .post("/catalogue-events")
                .then()
                .statusCode(409);
        as(TestTokens.staff(), event).post(event + "/declination").then().statusCode(400);
        as(TestTokens.staff(), event)
                .body(Map.of("reason", "Offered already by another school"))
                .post(event + "/declination")
                .then()
                .statusCode(200);
        awaitVersion(event.substring("/catalogue-events/".length()), 1);
        as(TestTokens.partner("GEO"))
                .get(event)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("Offered already by another school"))
                .body("offeringNation", equalTo("GEO"));
        as(TestTokens.partner("ARM")).get(event).then().statusCode(404);
        as(TestTokens.partner("ARM"), event)
                .body(Map.of("reason", "Probing"))
                .post(event + "/cancellation")
                .then()
                .statusCode(404);
        as(TestTokens.staff())
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "Again"))
                .post(event + "/declination")
                .then()
                .statusCode(409);
        as(TestTokens.partner("GEO"), event)
                .body(Map.of("start", "2032-10-01", "end", "2032-10-02"))
                .post(event + "/iterations")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:contribution-not-approved"));
    }

    @Test
    void an_offer_breaking_the_rules_is_refused_by_name_and_a_malformed_one_is_a_bad_request() {
        String institution = CatalogueApi.referenceData("GEO", "Military geography school", "NATO");
        Map<String, Object> personal = offer("Maps", institution, "GEO");
        personal.put("pointOfContact", "jane.doe@school.example");
        as(TestTokens.staff())
                .body(contribution(2032, personal))
                .post("/catalogue-events")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:point-of-contact-not-a-role-address"));
        as(TestTokens.staff())
                .body(contribution(2032, offer("Maps", institution, "NOPE")))
                .post("/catalogue-events")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:unknown-discipline"));
        Map<String, Object> online = offer("Maps online", institution, "GEO");
        online.put("deliveryMethod", "ONLINE_ADL");
        as(TestTokens.staff())
                .body(contribution(2032, online))
                .post("/catalogue-events")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:online-event-has-no-location"));
        Map<String, Object> inverted = offer("Maps", institution, "GEO");
        inverted.put("minSeats", 40);
        as(TestTokens.staff())
                .body(contribution(2032, inverted))
                .post("/catalogue-events")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:capacity-inverted"));
        Map<String, Object> level = offer("Maps", institution, "GEO");
        level.put("languageLevel", "fluent");
        as(TestTokens.staff())
                .body(contribution(2032, level))
                .post("/catalogue-events")
                .then()
                .statusCode(400);
        Map<String, Object> notAnEmail = offer("Maps", institution, "GEO");
        notAnEmail.put("pointOfContact", "registrar");
        as(TestTokens.staff())
                .body(contribution(2032, notAnEmail))
                .post("/catalogue-events")
                .then()
                .statusCode(400);
        as(TestTokens.staff())
                .body(Map.of(
                        "year", 2032, "offer", offer("Maps", institution, "GEO"), "iterations", java.util.List.of()))
                .post("/catalogue-events")
                .then()
                .statusCode(400);
        as(TestTokens.staff())
                .body(Map.of(
                        "year",
                        2032,
                        "offer",
                        offer("Maps", institution, "GEO"),
                        "iterations",
                        java.util.List.of(Map.of("start", "2033-01-10", "end", "2033-01-12"))))
                .post("/catalogue-events")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:iteration-outside-catalogue-year"));
    }
}
