package org.oneplan.platform.rest.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.rest.Problem;

/**
 * Adds to every service's OpenAPI document what all its endpoints share, so resources only annotate what is
 * special about them and the shared parts cannot drift apart: the {@code Problem} and {@code CommandAccepted}
 * schemas, the problem responses each kind of operation can give, the bearer JWT scheme, and the headers
 * ({@code ETag}, {@code Location}, {@code If-Match}, {@code Retry-After}, {@code X-Correlation-Id}).
 */
public class SharedContractFilter implements OASFilter {

    static final String SECURITY_SCHEME = "bearer";
    private static final String PROBLEM = "Problem";
    private static final String COMMAND_ACCEPTED = "CommandAccepted";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM, SharedSchemas.problem());
        components.addSchema("FieldError", SharedSchemas.fieldError());
        components.addSchema(COMMAND_ACCEPTED, SharedSchemas.commandAccepted());
        components.setSecuritySchemes(Map.of(
                SECURITY_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A JWT whose groups claim names the caller's roles and whose nation claim"
                                + " names its nation (ISO 3166 alpha-3)")));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> describe(path, method, operation)));
        AnsweredFields.requireNonNullable(openAPI);
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        if (path.startsWith("/q/")) {
            return;
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        operation.addParameter(OASFactory.createParameter()
                .name(Commands.CORRELATION_HEADER)
                .in(Parameter.In.HEADER)
                .description("Recorded in every event the request causes: a UUID or up to 64 of A-Z a-z 0-9 . _ : -;"
                        + " when absent or anything else, the service issues a new one (nothing is refused)")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        boolean write = method != PathItem.HttpMethod.GET;
        boolean admin = path.startsWith("/admin/");
        boolean ifMatch = hasParameter(operation, "If-Match", Parameter.In.HEADER);
        APIResponses responses = operation.getResponses();
        successHeaders(write && !admin, responses);
        if (ifMatch) {
            describeIfMatch(operation);
        }
        problem(responses, "400", "The request is invalid: the fields at fault are listed in errors");
        problem(responses, "401", "A valid bearer token is required")
                .addHeader("WWW-Authenticate", header("Bearer: the scheme to authenticate with"));
        problem(responses, "403", "The caller's role may not do this");
        problem(responses, "406", "None of the media types the request accepts is served here");
        if (path.contains("{")) {
            problem(responses, "404", "No such resource, or one the caller may not see");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "415", "The body is not application/json");
        }
        if (write && !admin) {
            problem(responses, "409", "The resource exists already or was changed concurrently");
            problem(responses, "422", "A business rule refuses the command; type names the rule");
        }
        if (ifMatch) {
            // A stale If-Match is a 409 (type stale-version), the answer to a lost race: no 412 is ever sent.
            problem(
                    responses,
                    "409",
                    "The resource exists already or was changed concurrently; type stale-version when If-Match"
                            + " names a version that is no longer the latest");
            problem(responses, "428", "If-Match is required to change an existing resource");
        }
        if (hasParameter(operation, "minVersion", Parameter.In.QUERY)) {
            problem(responses, "503", "The read model has not reached minVersion within the bounded wait")
                    .addHeader("Retry-After", header("Seconds to wait before asking again"));
        }
        if (admin && write) {
            problem(responses, "503", "The read model's consumer did not answer in time");
        }
        // Errors an endpoint declares itself (only a status and a description) answer a problem, like all others.
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                problem(responses, status, response.getDescription());
            }
        });
    }

    /** Commands answer the resource's id and new version, with the version as ETag (and Location on 201). */
    private static void successHeaders(boolean command, APIResponses responses) {
        responses.getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (command) {
                response.setContent(json(OASFactory.createSchema().ref(COMMAND_ACCEPTED)));
                response.addHeader("ETag", header("The resource's new version, to send as If-Match"));
                if ("201".equals(status)) {
                    response.addHeader("Location", header("Where the new resource (or part of one) is read"));
                }
            } else if (response.getHeaders() != null && response.getHeaders().containsKey("ETag")) {
                response.getHeaders().get("ETag").setDescription("The resource's version, to send as If-Match");
            }
        });
    }

    private static void describeIfMatch(Operation operation) {
        operation.getParameters().stream()
                .filter(parameter -> "If-Match".equals(parameter.getName()))
                .forEach(parameter -> parameter.setDescription("The ETag of the version this change is based on,"
                        + " e.g. \"3\"; required to change an existing resource"));
    }

    private static APIResponse problem(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        if (response.getDescription() == null
                || response.getDescription().isBlank()
                || response.getDescription().startsWith("Not ")
                || response.getDescription().equals("Bad Request")) {
            response.setDescription(description);
        }
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM))));
        return response;
    }

    private static boolean hasParameter(Operation operation, String name, Parameter.In in) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> name.equalsIgnoreCase(parameter.getName()) && parameter.getIn() == in);
    }

    private static Content json(Schema schema) {
        return OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(schema));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(string(200));
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength);
    }
}
