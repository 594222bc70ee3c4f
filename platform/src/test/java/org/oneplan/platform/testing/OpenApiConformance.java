package org.oneplan.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds every answer the HTTP tests receive to the service's served OpenAPI document: the operation must be
 * documented, its status listed, its content type and body valid against the documented schema, and the
 * documented response headers present. So the document a front end generates its client from cannot drift
 * from what the service does. Only answers are checked: tests send malformed requests on purpose.
 */
public final class OpenApiConformance implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile ServedOpenApi document;

    /** Adds the check to every RestAssured call of this test run (once, however many classes ask). */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(OpenApiConformance.class::isInstance)) {
            RestAssured.filters(new OpenApiConformance());
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        if (!uri.getPath().startsWith("/q/")) {
            List<String> breaches = breaches(served(uri), request.getMethod(), uri.getPath(), response);
            if (!breaches.isEmpty()) {
                throw new AssertionError(request.getMethod() + " " + uri.getPath() + " answered "
                        + response.getStatusCode() + " " + abbreviated(response.asString())
                        + ", which the served OpenAPI document does not describe:\n  "
                        + String.join("\n  ", breaches));
            }
        }
        return response;
    }

    /** What in the answer disagrees with the document; empty when it conforms. */
    static List<String> breaches(ServedOpenApi openApi, String method, String path, Response response) {
        String status = Integer.toString(response.getStatusCode());
        JsonNode operation = openApi.operation(method, path).orElse(null);
        if (operation == null) {
            // JAX-RS answers unknown routes and methods itself; those answers must still be problems.
            return status.equals("404") || status.equals("405")
                    ? bodyBreaches(openApi, "application/problem+json", openApi.component("Problem"), response)
                    : List.of("no operation " + method + " " + path + " is documented");
        }
        JsonNode documented = operation.path("responses").has(status)
                ? operation.path("responses").path(status)
                : operation.path("responses").path("default");
        if (documented.isMissingNode()) {
            return List.of("status " + status + " is not among the documented responses "
                    + fieldNames(operation.path("responses")));
        }
        List<String> breaches = new ArrayList<>();
        documented.path("headers").fieldNames().forEachRemaining(header -> {
            if (response.getHeader(header) == null) {
                breaches.add("documented header " + header + " is missing");
            }
        });
        if (response.asString().isEmpty()) {
            return breaches;
        }
        String contentType = mediaType(response.getContentType());
        JsonNode content = documented.path("content").path(contentType);
        if (content.isMissingNode()) {
            breaches.add("content type " + contentType + " is not documented; documented: "
                    + fieldNames(documented.path("content")));
            return breaches;
        }
        breaches.addAll(bodyBreaches(openApi, contentType, content.path("schema"), response));
        return breaches;
    }

    private static List<String> bodyBreaches(
            ServedOpenApi openApi, String contentType, JsonNode schema, Response response) {
        if (!contentType.equals(mediaType(response.getContentType()))) {
            return List.of("content type " + response.getContentType() + " where " + contentType + " is documented");
        }
        if (!contentType.endsWith("json") || schema.isMissingNode()) {
            return List.of();
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.asString());
        } catch (IOException e) {
            return List.of("the body is not JSON");
        }
        Set<ValidationMessage> messages = openApi.validate(schema, body);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    private ServedOpenApi served(URI uri) {
        ServedOpenApi known = document;
        if (known == null) {
            synchronized (this) {
                if (document == null) {
                    document = ServedOpenApi.of(URI.create(uri.getScheme() + "://" + uri.getAuthority()));
                }
                known = document;
            }
        }
        return known;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
