package org.oneplan.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oneplan.platform.testing.LatestVersion;
import org.oneplan.platform.testing.TestTokens;

/** The catalogue API as administrators, staff, Allies and partners call it in the tests. */
final class CatalogueApi {

    private CatalogueApi() {}

    static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    /** A change of {@code resource} with If-Match naming its latest version. */
    static RequestSpecification as(String token, String resource) {
        return as(token).header("If-Match", LatestVersion.etagOf(resource));
    }

    /** Defines a discipline and registers a French institution, and waits until contributions may name them. */
    static String referenceData(String disciplineCode, String institutionName) {
        return referenceData(disciplineCode, institutionName, "FRA");
    }

    /** The same with an institution of {@code nation} ({@code NATO} for a NATO body): only it offers there. */
    static String referenceData(String disciplineCode, String institutionName, String nation) {
        as(TestTokens.admin())
                .body(Map.of("code", disciplineCode, "name", "Discipline " + disciplineCode, "active", true))
                .post("/disciplines")
                .then()
                .statusCode(201);
        String institution = as(TestTokens.admin())
                .body(Map.of(
                        "name",
                        institutionName,
                        "kind",
                        nation.equals("NATO") ? "NATO_BODY" : "NATIONAL_SCHOOL",
                        "nation",
                        nation))
                .post("/offering-institutions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.staff())
                                .get("/offering-institutions")
                                .then()
                                .extract()
                                .<List<String>>path("id")
                                .contains(institution)
                        && as(TestTokens.staff())
                                .get("/disciplines")
                                .then()
                                .extract()
                                .<List<String>>path("code")
                                .contains(disciplineCode));
        return institution;
    }

    static Map<String, Object> offer(String title, String institution, String discipline) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", title);
        offer.put("description", "Planning, budgeting and resource management for defence planners");
        offer.put("institutionId", institution);
        offer.put("disciplineCode", discipline);
        offer.put("deliveryMethod", "RESIDENT");
        offer.put("hostNation", "FRA");
        offer.put("city", "Paris");
        offer.put("language", "English");
        offer.put("languageLevel", "3-3-3-3");
        offer.put("requiredClearance", "NATO_UNCLASSIFIED");
        offer.put("eligibleAudience", List.of("NATO", "EAPC_PFP", "MD"));
        offer.put("organiserApprovalNeeded", true);
        offer.put("minSeats", 10);
        offer.put("maxSeats", 30);
        offer.put("feeEuros", 0);
        offer.put("pointOfContact", "registrar@school.example");
        return offer;
    }

    static Map<String, Object> contribution(int year, Map<String, Object> offer) {
        return Map.of(
                "year",
                year,
                "offer",
                offer,
                "iterations",
                List.of(Map.of("start", year + "-03-01", "end", year + "-03-05")));
    }

    /** Waits until the read model has the event at {@code version} at least. */
    static void awaitVersion(String event, long version) {
        as(TestTokens.staff())
                .queryParam("minVersion", version)
                .get("/catalogue-events/" + event)
                .then()
                .statusCode(200);
    }
}
