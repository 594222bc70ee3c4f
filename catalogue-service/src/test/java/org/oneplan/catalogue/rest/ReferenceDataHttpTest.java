package org.oneplan.catalogue.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.oneplan.catalogue.rest.CatalogueApi.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

@QuarkusTest
class ReferenceDataHttpTest extends CatalogueHttpTest {

    @Test
    void an_administrator_defines_a_discipline_once_renames_it_and_everyone_lists_it() {
        String path = as(TestTokens.admin())
                .body(Map.of("code", "X01", "name", "Placeholder 1", "active", true))
                .post("/disciplines")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .header("Location");
        String discipline = path.substring(path.indexOf("/disciplines/"));
        as(TestTokens.admin())
                .body(Map.of("code", "X01", "name", "Again", "active", true))
                .post("/disciplines")
                .then()
                .statusCode(409);
        as(TestTokens.admin())
                .body(Map.of("name", "Cyber defence", "active", true))
                .put(discipline)
                .then()
                .statusCode(428);
        as(TestTokens.admin(), discipline)
                .body(Map.of("name", "Cyber defence", "active", false))
                .put(discipline)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.partner("GEO"))
                        .get("/disciplines")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("name")
                        .contains("Cyber defence"));
        as(TestTokens.ally("NOR"))
                .get(discipline + "/history")
                .then()
                .statusCode(200)
                .body("actorRole", hasItem("admin"));
    }

    @Test
    void a_discipline_code_is_two_to_ten_capitals_or_digits() {
        as(TestTokens.admin())
                .body(Map.of("code", "not a code", "name", "X", "active", true))
                .post("/disciplines")
                .then()
                .statusCode(400);
    }

    @Test
    void an_administrator_registers_an_offering_institution_and_corrects_it() {
        String path = as(TestTokens.admin())
                .body(Map.of("name", "Defence Academy", "kind", "PTEC", "nation", "AUT"))
                .post("/offering-institutions")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String institution = path.substring(path.indexOf("/offering-institutions/"));
        as(TestTokens.admin(), institution)
                .body(Map.of("name", "Defence Academy Vienna", "kind", "PTEC", "nation", "AUT"))
                .put(institution)
                .then()
                .statusCode(200);
        as(TestTokens.admin())
                .body(Map.of("name", "Nowhere", "kind", "PTEC", "nation", "Austria"))
                .post("/offering-institutions")
                .then()
                .statusCode(400);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(TestTokens.inspector())
                        .get("/offering-institutions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("name")
                        .contains("Defence Academy Vienna"));
    }
}
