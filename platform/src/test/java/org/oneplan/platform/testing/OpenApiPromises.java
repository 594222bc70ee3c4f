package org.oneplan.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What every service's OpenAPI document promises a front-end team, checked on the document the service
 * serves: each service's {@code OpenApiDocumentTest} calls these and adds its own endpoints' promises.
 */
public final class OpenApiPromises {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private final ServedOpenApi openApi;

    private OpenApiPromises(ServedOpenApi openApi) {
        this.openApi = openApi;
    }

    /** The document of the service under test (RestAssured's base URI and port). */
    public static OpenApiPromises ofServiceUnderTest() {
        return new OpenApiPromises(ServedOpenApi.of(URI.create(RestAssured.baseURI + ":" + RestAssured.port)));
    }

    public JsonNode operation(String method, String pathTemplate) {
        JsonNode operation = openApi.document().path("paths").path(pathTemplate).path(method.toLowerCase());
        assertThat(operation.isMissingNode())
                .as("%s %s is documented", method, pathTemplate)
                .isFalse();
        return operation;
    }

    /** Names of the operations (e.g. {@code "put /partners/{id}"}) for which {@code check} found a breach. */
    public List<String> operationsWhere(BiConsumer<String, JsonNode> check) {
        List<String> breaches = new ArrayList<>();
        openApi.document()
                .path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey() + " " + path.getKey();
                    try {
                        check.accept(path.getKey(), operation.getValue());
                    } catch (AssertionError breach) {
                        breaches.add(name + ": " + breach.getMessage());
                    }
                }));
        return breaches;
    }

    /** Every operation: a summary of more than one word, a description, a tag and the bearer requirement. */
    public void everyOperationIsDescribed() {
        assertThat(operationsWhere((path, operation) -> {
                    assertThat(operation.path("summary").asText().trim().split("\\s+"))
                            .as("summary")
                            .hasSizeGreaterThan(1);
                    assertThat(operation.path("description").asText())
                            .as("description")
                            .isNotBlank();
                    assertThat(operation.path("tags")).as("tags").isNotEmpty();
                    assertThat(operation.path("security").toString()).contains("\"bearer\"");
                }))
                .isEmpty();
    }

    /**
     * Every operation lists the problems it can give as application/problem+json with the Problem schema:
     * 400, 401 and 403 always, 404 where the path names a resource, 415 where it takes a body.
     */
    public void everyOperationListsItsProblems() {
        assertThat(operationsWhere((path, operation) -> {
                    List<String> expected = new ArrayList<>(List.of("400", "401", "403"));
                    if (path.contains("{")) {
                        expected.add("404");
                    }
                    if (operation.has("requestBody")) {
                        expected.add("415");
                    }
                    for (String status : expected) {
                        assertThat(operation
                                        .path("responses")
                                        .path(status)
                                        .path("content")
                                        .path("application/problem+json")
                                        .path("schema")
                                        .path("$ref")
                                        .asText())
                                .as("problem response %s", status)
                                .isEqualTo(PROBLEM);
                    }
                }))
                .isEmpty();
    }

    /** No success answer is declared without a schema (the scanner's {@code {}} for a JAX-RS Response). */
    public void everySuccessHasASchema() {
        assertThat(operationsWhere((path, operation) -> operation
                        .path("responses")
                        .properties()
                        .forEach(response -> {
                            if (response.getKey().startsWith("2")) {
                                response.getValue()
                                        .path("content")
                                        .forEach(media -> assertThat(
                                                        media.path("schema").isEmpty())
                                                .as("schema of %s", response.getKey())
                                                .isFalse());
                            }
                        })))
                .isEmpty();
    }

    /** Writes that take If-Match document it, and the 409 (stale) and 428 (missing) answers it leads to. */
    public void writesWithIfMatchListTheirPreconditions() {
        assertThat(operationsWhere((path, operation) -> {
                    boolean ifMatch = operation
                            .path("parameters")
                            .findValuesAsText("name")
                            .contains("If-Match");
                    if (ifMatch) {
                        for (String status : List.of("409", "428")) {
                            assertThat(operation.path("responses").has(status))
                                    .as("response %s", status)
                                    .isTrue();
                        }
                    }
                }))
                .isEmpty();
    }

    /** A create answers 201 with the CommandAccepted body, its version as ETag, and Location. */
    public void isACreate(String method, String pathTemplate) {
        JsonNode responses = operation(method, pathTemplate).path("responses");
        assertThat(responses.has("200"))
                .as("%s %s declares no 200", method, pathTemplate)
                .isFalse();
        JsonNode created = responses.path("201");
        assertThat(created.path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/CommandAccepted");
        assertThat(created.path("headers").has("Location")).isTrue();
        assertThat(created.path("headers").has("ETag")).isTrue();
    }

    /** A read of one resource answers its schema and its version as ETag. */
    public void readsOne(String pathTemplate, String schema) {
        JsonNode ok = operation("GET", pathTemplate).path("responses").path("200");
        assertThat(ok.path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/" + schema);
        assertThat(ok.path("headers").has("ETag")).isTrue();
    }

    /** Names a generator turns into class names: none made up by the scanner ({@code Goal1}). */
    public void schemaNamesAreChosen() {
        List<String> names = new ArrayList<>();
        openApi.document().path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        assertThat(names).isNotEmpty().noneMatch(name -> Character.isDigit(name.charAt(name.length() - 1)));
    }

    /** The bearer JWT scheme, and the Problem schema with the members RFC 9457 requires here. */
    public void sharedComponentsExist() {
        JsonNode components = openApi.document().path("components");
        JsonNode bearer = components.path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asText()).isEqualTo("http");
        assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(components.path("schemas").path("Problem").path("required").toString())
                .contains("\"type\"", "\"title\"", "\"status\"");
    }
}
