package org.oneplan.catalogue.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.oneplan.catalogue.rest.CatalogueApi.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

/**
 * A person's details through the participant registry: shown to their nation, withheld from inspectors,
 * hidden from other nations, never in clear on the topic or in the event store, and gone for good once an
 * administrator erases them, even from a read model rebuilt from offset 0.
 */
@QuarkusTest
class ParticipantFlowTest extends CatalogueHttpTest {

    private static final String TOPIC = "oneplan.catalogue.events";

    @Inject
    AgroalDataSource dataSource;

    private final String name =
            "Tamar Zedginidze-" + UUID.randomUUID().toString().substring(0, 8);
    private final String email = "t.zedginidze." + UUID.randomUUID().toString().substring(0, 8) + "@mod.example";

    @Test
    void a_participants_details_are_sealed_shown_to_their_nation_and_erased_for_good() throws Exception {
        String id = register(TestTokens.partner("GEO"), details("Captain"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String participant = "/participants/" + id;

        as(TestTokens.partner("GEO"))
                .queryParam("minVersion", 0)
                .get(participant)
                .then()
                .statusCode(200)
                .body("personalData", equalTo("SHOWN"))
                .body("name", equalTo(name))
                .body("nation", equalTo("GEO"))
                .body("sex", equalTo("FEMALE"));
        as(TestTokens.partner("UKR")).get(participant).then().statusCode(404);
        as(TestTokens.inspector())
                .get(participant)
                .then()
                .statusCode(200)
                .body("personalData", equalTo("WITHHELD"))
                .body("name", nullValue());
        register(TestTokens.partner("GEO"), details("Major"))
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:participant-already-registered"))
                .body("detail", containsString(id));

        as(TestTokens.partner("GEO"))
                .header("If-Match", "\"0\"")
                .body(details("Major"))
                .put(participant)
                .then()
                .statusCode(200);
        as(TestTokens.partner("GEO"))
                .queryParam("minVersion", 1)
                .get(participant)
                .then()
                .body("rank", equalTo("Major"));
        as(TestTokens.partner("UKR"))
                .header("If-Match", "\"1\"")
                .body(details("Colonel"))
                .put(participant)
                .then()
                .statusCode(404);

        as(TestTokens.staff())
                .header("If-Match", "\"1\"")
                .body(Map.of("reason", "asked"))
                .post(participant + "/erasure")
                .then()
                .statusCode(403);
        as(TestTokens.admin())
                .header("If-Match", "\"1\"")
                .body(Map.of("reason", "The person asked to be forgotten"))
                .post(participant + "/erasure")
                .then()
                .statusCode(200);
        as(TestTokens.partner("GEO"))
                .queryParam("minVersion", 2)
                .get(participant)
                .then()
                .body("personalData", equalTo("ERASED"))
                .body("name", nullValue())
                .body("email", nullValue())
                .body("sex", equalTo("FEMALE"));
        as(TestTokens.admin())
                .header("If-Match", "\"2\"")
                .body(Map.of("reason", "again"))
                .post(participant + "/erasure")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:participant-erased"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readAll(kafka, TOPIC).stream()
                                .filter(record -> id.equals(record.key()))
                                .count()
                        == 3);
        assertThat(TopicReader.readAll(kafka, TOPIC))
                .allSatisfy(record -> assertThat(new String(record.raw(), StandardCharsets.UTF_8))
                        .doesNotContain(name)
                        .doesNotContain(email)
                        .doesNotContain("Zedginidze"));
        assertThat(count(
                        "SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                        "%Zedginidze%"))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM participant_key WHERE participant_id = ?::uuid AND aes_key IS NULL "
                                + "AND blind_index IS NULL AND erased_at IS NOT NULL",
                        id))
                .isEqualTo(1);

        as(TestTokens.admin())
                .post("/admin/read-models/participants/rebuilds")
                .then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .queryParam("minVersion", 2)
                        .get(participant)
                        .then()
                        .statusCode(200)
                        .body("personalData", equalTo("ERASED"))
                        .body("name", nullValue()));
        assertThat(count("SELECT count(*) FROM participant WHERE content LIKE ?", "%Zedginidze%"))
                .isZero();
    }

    @Test
    void a_delegation_registers_and_lists_only_its_own_nations_participants() {
        register(TestTokens.partner("MDA"), details("Lieutenant")).then().statusCode(201);

        as(TestTokens.partner("MDA"))
                .queryParam("nation", "GEO")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.nation.unique()", org.hamcrest.Matchers.everyItem(equalTo("MDA")));
        as(TestTokens.inspector())
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.name", org.hamcrest.Matchers.everyItem(nullValue()));
    }

    @Test
    void a_participant_with_a_malformed_email_or_a_future_birth_date_is_a_400() {
        Map<String, Object> bad = new HashMap<>(details("Captain"));
        bad.put("email", "not an email");
        register(TestTokens.partner("GEO"), bad).then().statusCode(400);
        bad.put("email", email);
        bad.put("dateOfBirth", "2099-01-01");
        register(TestTokens.partner("GEO"), bad).then().statusCode(400);
    }

    private io.restassured.response.Response register(String token, Map<String, Object> details) {
        return as(token).body(details).post("/participants");
    }

    private Map<String, Object> details(String rank) {
        return Map.of(
                "name",
                name,
                "rank",
                rank,
                "position",
                "Staff officer",
                "email",
                email,
                "dateOfBirth",
                "1990-02-14",
                "sex",
                "FEMALE");
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
