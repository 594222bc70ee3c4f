package org.oneplan.catalogue.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.oneplan.catalogue.rest.CatalogueApi.as;
import static org.oneplan.catalogue.rest.CatalogueApi.awaitVersion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.platform.testing.OtherServiceTopic;
import org.oneplan.platform.testing.TestTokens;

/**
 * The catalogue's search through HTTP on real PostgreSQL: words (English stemming, phrases, exclusion), every
 * filter, eligibility of a partner, order and paging, and 400 for bad parameters. The 2038 catalogue holds three
 * approved events and one draft.
 */
@QuarkusTest
class CatalogueSearchTest extends CatalogueHttpTest {

    static final int YEAR = 2038;
    static final String PLANNING = "Defence planning course";
    static final String CRISIS = "Crisis management seminar";
    static final String CYBER = "Cyber, defence; awareness";
    private static boolean loaded;

    @BeforeEach
    void theCatalogueOf2038() {
        load(kafka);
    }

    /** Loads the 2038 catalogue once for every test class that reads it (they share the database). */
    static synchronized void load(String kafka) {
        if (loaded) {
            return;
        }
        String nato = CatalogueApi.referenceData("SRA", "Search test NATO school", "NATO");
        String french = CatalogueApi.referenceData("SRB", "Ecole de recherche", "FRA");
        approve(submit(
                TestTokens.staff(),
                event(
                        PLANNING,
                        "Budgeting and resource management for planners",
                        nato,
                        "SRA",
                        "RESIDENT",
                        "DEU",
                        "Oberammergau",
                        "English",
                        List.of("NATO", "EAPC_PFP")),
                List.of(days("03-01", "03-05"), days("09-06", "09-10"))));
        approve(submit(
                TestTokens.staff(),
                event(
                        CRISIS,
                        "Planning for crisis response and cooperation",
                        nato,
                        "SRA",
                        "ONLINE_ADL",
                        null,
                        null,
                        "French",
                        List.of("MD", "ICI")),
                List.of(days("05-10", "05-12"))));
        approve(submit(
                TestTokens.ally("FRA"),
                event(
                        CYBER,
                        "=SUM(A1) threats,\nincident handling; exercises",
                        french,
                        "SRB",
                        "BLENDED",
                        "FRA",
                        "Paris",
                        "English",
                        List.of("OTHERS_AS_APPROVED")),
                List.of(days("11-02", "11-06"))));
        String draft = submit(
                TestTokens.ally("FRA"),
                event(
                        "Planning draft",
                        "Not decided yet",
                        french,
                        "SRB",
                        "RESIDENT",
                        "FRA",
                        "Paris",
                        "English",
                        List.of("NATO")),
                List.of(days("04-01", "04-02")));
        awaitVersion(draft, 0);
        OtherServiceTopic partners = OtherServiceTopic.of(kafka, "partner");
        register(partners, "SRP", Set.of(Framework.MEDITERRANEAN_DIALOGUE));
        register(partners, "SRQ", Set.of(Framework.EAPC_PFP));
        register(partners, "SRS", Set.of(Framework.EAPC_PFP));
        UUID suspended = partnerId("SRS");
        partners.publish(
                "Partner", suspended, 1, new PartnerSuspendedEvent(suspended, "Test", LocalDate.of(2026, 1, 1)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> find(Map.of("eligibleFor", "SRQ")).extract().statusCode() == 200);
        loaded = true;
    }

    @Test
    void everyone_finds_the_approved_events_by_start_date_and_staff_the_drafts_too() {
        titles(Map.of()).body("total", equalTo(3)).body("items.offer.title", contains(PLANNING, CRISIS, CYBER));
        as(TestTokens.staff())
                .queryParam("year", YEAR)
                .get("/catalogue-events")
                .then()
                .body("total", equalTo(4));
    }

    @Test
    void words_match_stemmed_in_title_or_description_and_the_title_ranks_higher() {
        // "plans" and "planning" stem alike ('english'); PLANNING has it in its title, CRISIS in its description.
        titles(Map.of("q", "plans", "sort", "relevance")).body("items.offer.title", contains(PLANNING, CRISIS));
        titles(Map.of("q", "planning", "sort", "title")).body("items.offer.title", contains(CRISIS, PLANNING));
        titles(Map.of("q", "\"crisis response\"")).body("items.offer.title", contains(CRISIS));
        titles(Map.of("q", "\"response crisis\"")).body("total", equalTo(0));
        titles(Map.of("q", "plan -crisis")).body("items.offer.title", contains(PLANNING));
        titles(Map.of("q", "defence")).body("items.offer.title", contains(PLANNING, CYBER));
        // Whole words only: no prefix matching.
        titles(Map.of("q", "defen")).body("total", equalTo(0));
        titles(Map.of("q", "handled")).body("items.offer.title", contains(CYBER));
        titles(Map.of("q", "navigation")).body("total", equalTo(0));
    }

    @Test
    void each_filter_narrows_the_search() {
        titles(Map.of("discipline", "SRB")).body("items.offer.title", contains(CYBER));
        titles(Map.of("hostNation", "DEU")).body("items.offer.title", contains(PLANNING));
        titles(Map.of("delivery", "ONLINE_ADL")).body("items.offer.title", contains(CRISIS));
        titles(Map.of("language", "french")).body("items.offer.title", contains(CRISIS));
        titles(Map.of("from", YEAR + "-09-01", "to", YEAR + "-09-30")).body("items.offer.title", contains(PLANNING));
        titles(Map.of("from", YEAR + "-05-11")).body("items.offer.title", contains(PLANNING, CYBER));
        titles(Map.of("to", YEAR + "-05-12")).body("items.offer.title", contains(PLANNING, CRISIS));
        titles(Map.of("from", YEAR + "-05-11", "to", YEAR + "-05-12")).body("total", equalTo(0));
    }

    @Test
    void a_partner_finds_the_events_open_to_its_frameworks_or_to_others_as_approved_and_a_suspended_one_none() {
        titles(Map.of("eligibleFor", "SRP")).body("items.offer.title", contains(CRISIS, CYBER));
        titles(Map.of("eligibleFor", "SRQ")).body("items.offer.title", contains(PLANNING, CYBER));
        find(Map.of("eligibleFor", "ZZZ")).statusCode(400);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Integer.valueOf(0)
                        .equals(find(Map.of("eligibleFor", "SRS")).extract().path("total")));
    }

    @Test
    void the_search_is_sorted_by_title_and_paged_with_its_total() {
        titles(Map.of("sort", "title")).body("items.offer.title", contains(CRISIS, CYBER, PLANNING));
        titles(Map.of("size", 2, "page", 1))
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("items.offer.title", contains(CYBER));
    }

    @Test
    void bad_search_parameters_are_a_bad_request() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("sort", "price"),
                Map.of("from", YEAR + "-13-01"),
                Map.of("from", YEAR + "-06-01", "to", YEAR + "-05-01"),
                Map.of("delivery", "CAR"),
                Map.of("eligibleFor", "not a code"),
                Map.of("language", "x".repeat(41)),
                Map.of("q", "y".repeat(201)))) {
            find(bad).statusCode(400).header("Content-Type", startsWith("application/problem+json"));
        }
    }

    static ValidatableResponse find(Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putIfAbsent("year", YEAR);
        return as(TestTokens.partner("GEO"))
                .queryParams(all)
                .get("/catalogue-events")
                .then();
    }

    private static ValidatableResponse titles(Map<String, Object> parameters) {
        return find(parameters).statusCode(200);
    }

    private static Map<String, Object> event(
            String title,
            String description,
            String institution,
            String discipline,
            String delivery,
            String host,
            String city,
            String language,
            List<String> audience) {
        Map<String, Object> offer = CatalogueApi.offer(title, institution, discipline);
        offer.put("description", description);
        offer.put("deliveryMethod", delivery);
        offer.put("hostNation", host);
        offer.put("city", city);
        offer.put("language", language);
        offer.put("eligibleAudience", audience);
        return offer;
    }

    private static Map<String, String> days(String start, String end) {
        return Map.of("start", YEAR + "-" + start, "end", YEAR + "-" + end);
    }

    private static String submit(String token, Map<String, Object> offer, List<Map<String, String>> iterations) {
        String path = as(token)
                .body(Map.of("year", YEAR, "offer", offer, "iterations", iterations))
                .post("/catalogue-events")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return path.substring(path.indexOf("/catalogue-events/") + "/catalogue-events/".length());
    }

    private static void approve(String id) {
        awaitVersion(id, 0);
        String event = "/catalogue-events/" + id;
        as(TestTokens.staff(), event).post(event + "/approval").then().statusCode(200);
        awaitVersion(id, 1);
    }

    private static void register(OtherServiceTopic partners, String code, Set<Framework> frameworks) {
        UUID id = partnerId(code);
        partners.publish(
                "Partner",
                id,
                0,
                new PartnerRegisteredEvent(
                        id, code, code, PartnerKind.STATE, frameworks, false, LocalDate.of(2020, 1, 1)));
    }

    private static UUID partnerId(String code) {
        return UUID.nameUUIDFromBytes(("oneplan:partner:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
