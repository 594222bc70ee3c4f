package org.oneplan.partner.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.oneplan.partner.rest.PartnerApi.as;
import static org.oneplan.partner.rest.PartnerApi.asStaff;
import static org.oneplan.partner.rest.PartnerApi.asStaffAt;
import static org.oneplan.partner.rest.PartnerApi.etag;
import static org.oneplan.partner.rest.PartnerApi.read;
import static org.oneplan.partner.rest.PartnerApi.register;
import static org.oneplan.partner.rest.PartnerApi.state;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

/** Bad input is answered with a problem+json and leaves no trace: nothing stored, nothing published. */
@QuarkusTest
class PartnerRefusalsTest extends PartnerHttpTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EventStoreProbe store;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void refuses_a_state_with_an_invalid_iso_code_with_400() {
        leavesNoTrace(() -> asStaff()
                        .body(state("XYZ", "Nowhere"))
                        .post("/partners")
                        .then())
                .statusCode(400)
                .body("type", equalTo("urn:oneplan:problem:validation"))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void refuses_missing_fields_with_400_naming_each_field() {
        leavesNoTrace(() ->
                        asStaff().body(Map.of("code", "ARM")).post("/partners").then())
                .statusCode(400)
                .body("type", equalTo("urn:oneplan:problem:validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void refuses_a_body_that_is_not_json_with_400() {
        leavesNoTrace(() -> asStaff().body("{not json").post("/partners").then())
                .statusCode(400)
                .body("type", startsWith("urn:oneplan:problem:"));
    }

    @Test
    void answers_404_for_a_command_on_an_unknown_partner() {
        leavesNoTrace(() -> asStaffAt(0)
                        .body(Map.of("reason", "test"))
                        .post("/partners/" + UUID.randomUUID() + "/suspension")
                        .then())
                .statusCode(404)
                .body("type", equalTo("urn:oneplan:problem:not-found"));
    }

    @Test
    void answers_404_for_reading_an_unknown_partner() {
        asStaff()
                .get("/partners/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:oneplan:problem:not-found"));
    }

    @Test
    void refuses_a_second_partner_with_the_same_code_with_409() {
        register("AUT", "Austria", "EAPC_PFP");
        leavesNoTrace(() -> asStaff()
                        .body(state("AUT", "Austria again"))
                        .post("/partners")
                        .then())
                .statusCode(409)
                .body("type", equalTo("urn:oneplan:problem:conflict"));
    }

    @Test
    void refuses_an_update_with_a_stale_if_match_with_409() {
        String id = register("IRL", "Ireland", "EAPC_PFP");
        asStaffAt(0)
                .body(Map.of("name", "Ireland (Éire)", "membershipActionPlan", false))
                .put("/partners/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        leavesNoTrace(() -> asStaffAt(0)
                        .body(Map.of("name", "Éire", "membershipActionPlan", false))
                        .put("/partners/" + id)
                        .then())
                .statusCode(409)
                .body("type", equalTo("urn:oneplan:problem:stale-version"));
    }

    @Test
    void refuses_an_update_without_if_match_with_428_and_changes_nothing() {
        String id = register("AND", "Andorra", "EAPC_PFP");
        leavesNoTrace(() -> asStaff()
                        .body(Map.of("name", "Principat d'Andorra", "membershipActionPlan", false))
                        .put("/partners/" + id)
                        .then())
                .statusCode(428)
                .body("type", equalTo("urn:oneplan:problem:precondition-required"))
                .body("title", equalTo("Precondition Required"))
                .body("status", equalTo(428))
                .body("detail", containsString("If-Match"));
        read(TestTokens.staff(), id, 0).statusCode(200).header("ETag", equalTo(etag(0)));
    }

    @Test
    void of_ten_parallel_updates_without_if_match_none_is_stored() throws Exception {
        String id = register("MCO", "Monaco", "EAPC_PFP");

        List<Integer> statuses = tenParallelUpdates(id, null);

        assertThat(statuses).containsOnly(428);
        assertThat(store.rows(id))
                .as("events of the partner: the registration alone")
                .hasSize(1);
    }

    @Test
    void of_ten_parallel_updates_from_the_same_version_exactly_one_wins_and_nine_are_told_409() throws Exception {
        String id = register("LIE", "Liechtenstein", "EAPC_PFP");

        List<Integer> statuses = tenParallelUpdates(id, etag(0));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(9);
        assertThat(store.rows(id))
                .as("events of the partner: registered, updated once")
                .hasSize(2);
    }

    /** Ten writers, released together, each renaming the partner; the answers' statuses. */
    private static List<Integer> tenParallelUpdates(String id, String ifMatch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int writer = 0; writer < 10; writer++) {
                Map<String, Object> body = Map.of("name", "Renamed by writer " + writer, "membershipActionPlan", false);
                answers.add(pool.submit(() -> {
                    start.await();
                    RequestSpecification request = asStaff();
                    if (ifMatch != null) {
                        request.header("If-Match", ifMatch);
                    }
                    return request.body(body)
                            .put("/partners/" + id)
                            .then()
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refuses_to_suspend_a_partner_twice_with_422() {
        String id = register("BLR", "Belarus", "EAPC_PFP");
        asStaffAt(0)
                .body(Map.of("reason", "Council decision"))
                .post("/partners/" + id + "/suspension")
                .then()
                .statusCode(200);
        leavesNoTrace(() -> asStaffAt(1)
                        .body(Map.of("reason", "again"))
                        .post("/partners/" + id + "/suspension")
                        .then())
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:partner-already-suspended"));
    }

    @Test
    void refuses_parp_for_a_partner_outside_pfp_without_a_council_decision_with_422() {
        String id = register("EGY", "Egypt", "MEDITERRANEAN_DIALOGUE");
        leavesNoTrace(() -> asStaffAt(0)
                        .body(Map.of("programme", "PARP"))
                        .post("/partners/" + id + "/programmes")
                        .then())
                .statusCode(422)
                .body("type", equalTo("urn:oneplan:problem:parp-needs-council-decision"));
    }

    @Test
    void answers_401_without_a_token() {
        leavesNoTrace(() -> given().contentType(ContentType.JSON)
                        .body(state("MLT", "Malta"))
                        .post("/partners")
                        .then())
                .statusCode(401)
                .body("type", equalTo("urn:oneplan:problem:unauthenticated"));
    }

    @Test
    void answers_401_for_a_token_that_was_not_signed_by_the_issuer() {
        String forged = TestTokens.staff().substring(0, TestTokens.staff().lastIndexOf('.')) + ".c2lnbmF0dXJl";
        leavesNoTrace(() ->
                        as(forged).body(state("MLT", "Malta")).post("/partners").then())
                .statusCode(401);
    }

    @Test
    void answers_403_when_an_ally_delegation_tries_to_register_a_partner() {
        leavesNoTrace(() -> as(TestTokens.ally("NOR"))
                        .body(state("MLT", "Malta"))
                        .post("/partners")
                        .then())
                .statusCode(403)
                .body("type", equalTo("urn:oneplan:problem:forbidden"));
    }

    @Test
    void answers_403_when_an_inspector_tries_to_change_anything() {
        String id = register("CHE", "Switzerland", "EAPC_PFP");
        leavesNoTrace(() -> as(TestTokens.inspector())
                        .header("If-Match", etag(0))
                        .body(Map.of("reason", "x"))
                        .post("/partners/" + id + "/suspension")
                        .then())
                .statusCode(403);
    }

    /** Runs a refused request and checks that the store and the topic are as they were. */
    private ValidatableResponse leavesNoTrace(Supplier<ValidatableResponse> request) {
        awaitEveryStoredEventPublished();
        long storedBefore = store.count();
        int publishedBefore =
                TopicReader.readAll(kafka, "oneplan.partner.events").size();
        ValidatableResponse response = request.get().contentType(PROBLEM);
        assertThat(store.count()).as("events stored by a refused request").isEqualTo(storedBefore);
        assertThat(TopicReader.readAll(kafka, "oneplan.partner.events"))
                .as("records published by a refused request")
                .hasSize(publishedBefore);
        return response;
    }

    private void awaitEveryStoredEventPublished() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readAll(kafka, "oneplan.partner.events").stream()
                        .map(r -> r.event().getId())
                        .collect(java.util.stream.Collectors.toSet())
                        .containsAll(store.rows(null).stream()
                                .map(EventStoreProbe.Row::eventId)
                                .toList()));
    }
}
