package org.oneplan.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.oneplan.partner.rest.PartnerApi.asStaff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;

/**
 * Every error is an RFC 9457 problem, the framework's own included: malformed bodies, unknown paths and
 * methods, media types nobody serves, and query values that do not parse. Where a field or parameter is at
 * fault, the problem names it.
 */
@QuarkusTest
class ErrorContractTest extends PartnerHttpTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith(PROBLEM))
                .body("status", equalTo(status))
                .body("type", startsWith("urn:oneplan:problem:"));
    }

    private static ValidatableResponse register(String body) {
        return asStaff().body(body).post("/partners").then();
    }

    @Test
    void a_json_array_where_an_object_belongs_is_a_400_problem() {
        problem(register("[]"), 400);
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_problem_naming_the_field() {
        problem(register("{\"code\":\"ARM\",\"name\":{\"a\":1},\"kind\":\"STATE\"}"), 400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void an_impossible_date_is_a_400_problem_naming_the_field() {
        problem(
                        register(
                                "{\"code\":\"ARM\",\"name\":\"Armenia\",\"kind\":\"STATE\",\"registeredOn\":\"2026-02-30\"}"),
                        400)
                .body("errors.field", hasItem("registeredOn"));
    }

    @Test
    void an_unknown_enum_value_is_a_400_problem_naming_the_field() {
        problem(register("{\"code\":\"ARM\",\"name\":\"Armenia\",\"kind\":\"PLANET\"}"), 400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void deeply_nested_json_is_a_400_problem() {
        problem(register("{\"name\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"), 400);
    }

    @Test
    void truncated_json_is_a_400_problem_of_the_body_not_a_generic_one() {
        for (String truncated : new String[] {"{\"code\":\"AR", "{\"code\":", "{"}) {
            problem(register(truncated), 400)
                    .body(
                            "type",
                            org.hamcrest.Matchers.oneOf(
                                    "urn:oneplan:problem:malformed-body", "urn:oneplan:problem:validation"));
        }
    }

    @Test
    void a_number_written_as_text_or_a_number_for_a_text_is_a_400_problem_naming_the_field() {
        problem(register("{\"code\":\"ARM\",\"name\":123,\"kind\":\"STATE\"}"), 400)
                .body("errors.field", hasItem("name"));
        problem(
                        register(
                                "{\"code\":\"ARM\",\"name\":\"Armenia\",\"kind\":\"STATE\",\"membershipActionPlan\":\"true\"}"),
                        400)
                .body("errors.field", hasItem("membershipActionPlan"));
    }

    @Test
    void a_body_with_no_content_type_header_at_all_is_a_415_problem() throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + io.restassured.RestAssured.port + "/partners"))
                                .header("Authorization", "Bearer " + TestTokens.staff())
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"code\":\"ARM\",\"name\":\"Armenia\",\"kind\":\"STATE\"}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(415);
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> org.assertj.core.api.Assertions.assertThat(type).startsWith(PROBLEM));
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        problem(asStaff().get("/no-such-resource").then(), 404);
    }

    @Test
    void a_method_the_resource_does_not_allow_is_a_405_problem() {
        problem(asStaff().delete("/allies").then(), 405);
    }

    @Test
    void asking_for_a_media_type_nobody_serves_is_a_406_problem() {
        problem(asStaff().accept("application/xml").get("/partners").then(), 406);
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() {
        problem(
                given().header("Authorization", "Bearer " + TestTokens.staff())
                        .contentType("text/plain")
                        .body("code=ARM")
                        .post("/partners")
                        .then(),
                415);
    }

    @Test
    void a_body_without_a_content_type_is_a_415_problem() {
        problem(
                given().header("Authorization", "Bearer " + TestTokens.staff())
                        .body("{\"code\":\"ARM\",\"name\":\"Armenia\",\"kind\":\"STATE\"}".getBytes())
                        .post("/partners")
                        .then(),
                415);
    }

    @Test
    void a_page_beyond_the_last_possible_offset_is_a_400_problem_naming_page_not_a_500() {
        problem(
                        asStaff()
                                .queryParam("page", 2147483647)
                                .queryParam("size", 200)
                                .get("/partners")
                                .then(),
                        400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void a_query_value_that_does_not_parse_is_a_400_problem_naming_the_parameter() {
        problem(asStaff().queryParam("status", "NOPE").get("/partners").then(), 400)
                .body("errors.field", hasItem("status"));
        problem(asStaff().queryParam("on", "garbage").get("/allies").then(), 400)
                .body("errors.field", hasItem("on"));
        problem(
                        asStaff()
                                .queryParam("asOf", "2026-01-01T00:00:00")
                                .get("/partners/" + java.util.UUID.randomUUID() + "/history")
                                .then(),
                        400)
                .body("errors.field", hasItem("asOf"));
    }
}
