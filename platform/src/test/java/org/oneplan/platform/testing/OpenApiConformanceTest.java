package org.oneplan.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

class OpenApiConformanceTest {

    private static final ServedOpenApi DOCUMENT = ServedOpenApi.parse("""
            {"openapi": "3.1.0",
             "paths": {
              "/things/{id}": {"get": {"responses": {
               "200": {"headers": {"ETag": {"schema": {"type": "string"}}},
                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
               "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
              "/things/{id}/label.txt": {"get": {"responses": {"200": {"content": {"text/plain": {}}}}}}},
             "components": {"schemas": {
              "Thing": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string", "format": "uuid"}, "note": {"type": ["string", "null"]}}},
              "Problem": {"type": "object", "required": ["type", "title", "status"], "properties": {
                "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}}}}}}
            """);

    private static final String THING = "{\"id\":\"0b6c1f7e-8a51-4c57-9a34-7f1d4b0f5a10\",\"note\":null}";

    @Test
    void an_answer_that_matches_its_documented_response_conforms() {
        Response ok = answer(200, "application/json", THING)
                .setHeader("ETag", "\"3\"")
                .build();

        assertThat(OpenApiConformance.breaches(DOCUMENT, "GET", "/things/7", ok))
                .isEmpty();
    }

    @Test
    void an_undocumented_status_is_a_breach() {
        Response conflict = answer(409, "application/problem+json", "{\"type\":\"x\",\"title\":\"t\",\"status\":409}")
                .build();

        assertThat(OpenApiConformance.breaches(DOCUMENT, "GET", "/things/7", conflict))
                .singleElement()
                .asString()
                .contains("status 409");
    }

    @Test
    void a_body_that_breaks_the_schema_is_a_breach() {
        Response wrong = answer(200, "application/json", "{\"id\":\"not-a-uuid\"}")
                .setHeader("ETag", "\"3\"")
                .build();

        assertThat(OpenApiConformance.breaches(DOCUMENT, "GET", "/things/7", wrong))
                .isNotEmpty()
                .anyMatch(breach -> breach.contains("uuid"));
    }

    @Test
    void a_missing_documented_header_and_an_undocumented_content_type_are_breaches() {
        Response noTag = answer(200, "application/json", THING).build();
        Response xml = answer(200, "application/xml", "<thing/>")
                .setHeader("ETag", "\"3\"")
                .build();

        assertThat(OpenApiConformance.breaches(DOCUMENT, "GET", "/things/7", noTag))
                .containsExactly("documented header ETag is missing");
        assertThat(OpenApiConformance.breaches(DOCUMENT, "GET", "/things/7", xml))
                .singleElement()
                .asString()
                .contains("application/xml");
    }

    @Test
    void a_path_is_matched_to_its_template_and_an_undocumented_operation_is_a_breach() {
        Response label = answer(200, "text/plain", "thing 7").build();
        Response deleted = answer(204, "application/json", "").build();

        assertThat(OpenApiConformance.breaches(DOCUMENT, "GET", "/things/7/label.txt", label))
                .isEmpty();
        assertThat(OpenApiConformance.breaches(DOCUMENT, "DELETE", "/things/7", deleted))
                .singleElement()
                .asString()
                .contains("no operation DELETE /things/7");
    }

    @Test
    void an_unknown_route_may_answer_only_a_problem() {
        Response problem = answer(404, "application/problem+json", "{\"type\":\"x\",\"title\":\"t\",\"status\":404}")
                .build();
        Response html = answer(404, "text/html", "<h1>Not found</h1>").build();

        assertThat(OpenApiConformance.breaches(DOCUMENT, "GET", "/nothing", problem))
                .isEmpty();
        assertThat(OpenApiConformance.breaches(DOCUMENT, "GET", "/nothing", html))
                .isNotEmpty();
    }

    private static ResponseBuilder answer(int status, String contentType, String body) {
        return new ResponseBuilder()
                .setStatusCode(status)
                .setContentType(contentType)
                .setBody(body);
    }
}
