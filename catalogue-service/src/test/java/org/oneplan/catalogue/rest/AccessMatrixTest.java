package org.oneplan.catalogue.rest;

import static org.oneplan.platform.testing.AccessMatrix.EVERYONE_READS;
import static org.oneplan.platform.testing.AccessMatrix.STAFF_WRITES;
import static org.oneplan.platform.testing.AccessMatrix.STAFF_WRITES_WITHOUT_IF_MATCH;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.catalogue.api.CatalogueIds;
import org.oneplan.platform.testing.AccessMatrix;
import org.oneplan.platform.testing.TestTokens;

/**
 * Every endpoint of catalogue-service with every caller. Answers, in the order of {@link AccessMatrix.Caller}:
 * staff, admin, inspector, ally, own partner delegation, another partner's delegation, no token, forged token.
 */
@QuarkusTest
class AccessMatrixTest extends CatalogueHttpTest {

    /** Reference data is the administrators' alone; a write with no body fails validation. */
    private static final String ADMIN_WRITES = "403 400 403 403 403 403 401 401";

    /** Staff, Allies and partners offer and change events (for their own nation, which the aggregate checks). */
    private static final String OFFERERS_WRITE = "400 400 403 400 400 400 401 401";

    /** A contribution not yet decided: staff, inspectors and the offering nation read it; the rest are told nothing. */
    private static final String DRAFT_READS = "200 200 200 404 200 404 401 401";

    /** A year with no catalogue: everyone allowed is told so. */
    private static final String NO_CATALOGUE_YET = "404 404 404 404 404 404 401 401";

    @Test
    void every_endpoint_answers_every_caller_as_the_access_rules_say() {
        String institution = CatalogueApi.referenceData("ACD", "Arms control school", "TKM");
        String path = CatalogueApi.as(TestTokens.partner("TKM"))
                .body(CatalogueApi.contribution(2034, CatalogueApi.offer("Arms control basics", institution, "ACD")))
                .post("/catalogue-events")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String draft = path.substring(path.indexOf("/catalogue-events/"));
        CatalogueApi.awaitVersion(draft.substring("/catalogue-events/".length()), 0);
        String discipline = "/disciplines/" + CatalogueIds.discipline("ACD");
        String institutionPath = "/offering-institutions/" + institution;
        String nobody = "/catalogue-events/" + UUID.randomUUID();
        String participant = "/participants/"
                + CatalogueApi.as(TestTokens.partner("TKM"))
                        .body(java.util.Map.of(
                                "name", "Aman Orazov",
                                "email", "a.orazov." + UUID.randomUUID() + "@mod.example",
                                "dateOfBirth", "1985-01-01",
                                "sex", "MALE"))
                        .post("/participants")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        CatalogueApi.as(TestTokens.partner("TKM"))
                .queryParam("minVersion", 0)
                .get(participant)
                .then()
                .statusCode(200);
        String nobodyRegistered = "/participants/" + UUID.randomUUID();

        AccessMatrix matrix = new AccessMatrix("TKM", "TJK")
                .expect("POST /disciplines", "/disciplines", ADMIN_WRITES)
                .expect("GET /disciplines", "/disciplines", EVERYONE_READS)
                .expect("PUT /disciplines/{id}", "/disciplines/" + UUID.randomUUID(), ADMIN_WRITES)
                .expect("GET /disciplines/{id}/history", discipline + "/history", EVERYONE_READS)
                .expect("POST /offering-institutions", "/offering-institutions", ADMIN_WRITES)
                .expect("GET /offering-institutions", "/offering-institutions", EVERYONE_READS)
                .expect("PUT /offering-institutions/{id}", "/offering-institutions/" + UUID.randomUUID(), ADMIN_WRITES)
                .expect("GET /offering-institutions/{id}/history", institutionPath + "/history", EVERYONE_READS)
                .expect("POST /catalogue-events", "/catalogue-events", OFFERERS_WRITE)
                .expect("GET /catalogue-events", "/catalogue-events", EVERYONE_READS)
                .expect("GET /catalogue-events.csv", "/catalogue-events.csv", EVERYONE_READS)
                .expect("GET /catalogue-events.ics", "/catalogue-events.ics", EVERYONE_READS)
                .expect("GET /catalogue-events/{id}", draft, DRAFT_READS)
                .expect("GET /catalogue-events/{id}/history", draft + "/history", DRAFT_READS)
                .expect("PUT /catalogue-events/{id}", nobody, OFFERERS_WRITE)
                .expect("POST /catalogue-events/{id}/approval", nobody + "/approval", STAFF_WRITES_WITHOUT_IF_MATCH)
                .expect("POST /catalogue-events/{id}/declination", nobody + "/declination", STAFF_WRITES)
                .expect("POST /catalogue-events/{id}/iterations", nobody + "/iterations", OFFERERS_WRITE)
                .expect("POST /catalogue-events/{id}/cancellation", nobody + "/cancellation", OFFERERS_WRITE)
                .expect(
                        "POST /catalogues/{year}/submission",
                        "/catalogues/2045/submission",
                        "422 422 403 403 403 403 401 401")
                .expect("POST /catalogues/{year}/circulation", "/catalogues/2045/circulation", STAFF_WRITES)
                .expect(
                        "POST /catalogues/{year}/objections",
                        "/catalogues/2045/objections",
                        "403 403 403 400 403 403 401 401")
                .expect("GET /catalogues/{year}", "/catalogues/2045", NO_CATALOGUE_YET)
                .expect("GET /catalogues/{year}/history", "/catalogues/2045/history", NO_CATALOGUE_YET)
                .expect("POST /participants", "/participants", OFFERERS_WRITE)
                .expect("GET /participants", "/participants", EVERYONE_READS)
                .expect("GET /participants/{id}", participant, DRAFT_READS)
                .expect("GET /participants/{id}/history", participant + "/history", DRAFT_READS)
                .expect("PUT /participants/{id}", nobodyRegistered, OFFERERS_WRITE)
                .expect("POST /participants/{id}/erasure", nobodyRegistered + "/erasure", ADMIN_WRITES)
                .withThePlatformsEndpoints();

        matrix.coversEveryServedEndpoint();
        matrix.holds();
    }
}
