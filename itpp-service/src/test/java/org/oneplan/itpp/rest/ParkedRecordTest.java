package org.oneplan.itpp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.testing.TestTokens;

/**
 * One record a read model cannot apply never stops it for everyone: after bounded retries it is parked
 * with its error, later records are applied, readiness goes down naming the read model, a metric counts
 * it, and an administrator sees it and retries or discards it. A rebuild meets it again and parks it
 * again instead of hanging.
 */
@QuarkusTest
class ParkedRecordTest extends ItppHttpTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<Projection> projections;

    /** The read model fed from the partner topic, whatever its name. */
    private String directory;

    private String parked;

    @BeforeEach
    void theDirectoryIsTheReadModelOfThePartnerTopic() {
        directory = projections.stream()
                .filter(projection -> projection.topic().equals("oneplan.partner.events"))
                .map(Projection::name)
                .findFirst()
                .orElseThrow();
        parked = "/admin/read-models/" + directory + "/parked";
    }

    @Test
    void a_partner_record_the_directory_cannot_store_is_parked_and_the_directory_moves_on() {
        // PostgreSQL text cannot hold NUL: the partner directory can never store this partner code.
        UUID poisoned = PartnerTopic.registerPartner(kafka, "P\u0000X");
        PartnerTopic.suspendPartner(kafka, poisoned);
        UUID healthy = PartnerTopic.registerPartner(kafka, "MNE");

        draftWhenPartnerKnown(
                healthy, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear());
        awaitParkedWithTheRecordBehindIt(poisoned);
        readinessIsDownNaming(directory + "=2");
        parkedMetricIs("2.0");
        as(TestTokens.staff()).get(parked).then().statusCode(403);

        String registration = parkedId(0);
        as(TestTokens.admin())
                .post(parked + "/" + parkedId(1) + "/retry")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:oneplan:problem:earlier-record-parked"));
        as(TestTokens.admin())
                .post(parked + "/" + registration + "/retry")
                .then()
                .statusCode(200)
                .body("applied", equalTo(0))
                .body("stillParked", equalTo(2));

        as(TestTokens.admin())
                .post("/admin/read-models/" + directory + "/rebuilds")
                .then()
                .statusCode(202);
        draftWhenPartnerKnown(
                healthy, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear() + 4);
        awaitParkedWithTheRecordBehindIt(poisoned);

        as(TestTokens.admin())
                .delete(parked + "/" + parkedId(0))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        for (String id : List.of(parkedId(0), parkedId(1))) {
            as(TestTokens.admin())
                    .queryParam("reason", "test record with a NUL in its code; no such partner exists")
                    .delete(parked + "/" + id)
                    .then()
                    .statusCode(204);
        }
        as(TestTokens.admin()).get(parked).then().statusCode(200).body("$", hasSize(0));
        RestAssured.get("/q/health/ready").then().statusCode(200);
        parkedMetricIs("0.0");
    }

    @Test
    void a_record_parked_while_its_table_was_missing_applies_on_retry_and_readiness_recovers() throws SQLException {
        // A transient fault an operator can repair: the roster table is away while an Ally is admitted.
        await().atMost(Duration.ofSeconds(30)).until(() -> rosterCodes().containsAll(List.of("FRA", "NOR")));
        String allyId;
        execute("ALTER TABLE ally_roster RENAME TO ally_roster_away");
        try {
            allyId = PartnerTopic.admitAlly(kafka, "ISL", LocalDate.of(1949, 4, 4))
                    .toString();
            awaitParked(UUID.fromString(allyId), "org.oneplan.partner.AllyAdmitted.v1", 1);
            readinessIsDownNaming(directory + "=1");
        } finally {
            execute("ALTER TABLE ally_roster_away RENAME TO ally_roster");
        }

        String parkedId = as(TestTokens.admin()).get(parked).then().extract().path("[0].id");
        as(TestTokens.admin())
                .post(parked + "/" + parkedId + "/retry")
                .then()
                .statusCode(200)
                .body("applied", equalTo(1))
                .body("stillParked", equalTo(0));

        as(TestTokens.admin()).get(parked).then().statusCode(200).body("$", hasSize(0));
        RestAssured.get("/q/health/ready").then().statusCode(200);
        parkedMetricIs("0.0");
        assertThat(rosterCodes()).contains("ISL");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> rosterCodes() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT code FROM ally_roster")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private String parkedId(int index) {
        return as(TestTokens.admin()).get(parked).then().extract().path("[" + index + "].id");
    }

    /** The record that failed, and the later record of the same partner parked behind it to keep its order. */
    private void awaitParkedWithTheRecordBehindIt(UUID subject) {
        awaitParked(subject, "org.oneplan.partner.PartnerRegistered.v1", 2);
        as(TestTokens.admin())
                .get(parked)
                .then()
                .body("[1].subject", equalTo(subject.toString()))
                .body("[1].type", equalTo("org.oneplan.partner.PartnerSuspended.v1"))
                .body("[1].error", containsString("earlier event"));
    }

    private void awaitParked(UUID subject, String type, int count) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(TestTokens.admin())
                        .get(parked)
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(count))
                        .body("[0].subject", equalTo(subject.toString()))
                        .body("[0].type", equalTo(type))
                        .body("[0].topic", equalTo("oneplan.partner.events"))
                        .body("[0].offset", notNullValue())
                        .body("[0].parkedAt", notNullValue())
                        .body("[0].error", notNullValue()));
    }

    private static void readinessIsDownNaming(String parked) {
        RestAssured.get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'event-flow' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'event-flow' }.data.parkedRecords", containsString(parked));
    }

    private void parkedMetricIs(String value) {
        RestAssured.get("/q/metrics")
                .then()
                .statusCode(200)
                .body(matchesPattern("(?s).*oneplan_projection_parked_records\\{[^}]*projection=\"" + directory
                        + "\"[^}]*} " + value.replace(".", "\\.") + ".*"));
    }
}
