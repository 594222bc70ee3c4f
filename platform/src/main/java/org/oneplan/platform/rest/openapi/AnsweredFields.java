package org.oneplan.platform.rest.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Marks as required every field of an answered record that is not nullable: Jackson writes every record
 * component, so a client may rely on them, and a generated client then declares them non-optional.
 * Schemas also used in request bodies are left alone, since there a missing field means the default.
 */
final class AnsweredFields {

    private static final String COMPONENT = "#/components/schemas/";

    private AnsweredFields() {}

    static void requireNonNullable(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        if (components == null || openAPI.getPaths() == null) {
            return;
        }
        Set<String> answered = reachable(components, operations(openAPI).flatMap(AnsweredFields::answers));
        Set<String> sent = reachable(components, operations(openAPI).flatMap(AnsweredFields::requestBody));
        answered.removeAll(sent);
        answered.stream().map(components::get).filter(Objects::nonNull).forEach(AnsweredFields::require);
    }

    private static void require(Schema record) {
        if (record.getProperties() == null || record.getRequired() != null) {
            return;
        }
        record.getProperties().forEach((name, field) -> {
            if (!nullable(field)) {
                record.addRequired(name);
            }
        });
    }

    private static boolean nullable(Schema field) {
        return (field.getType() != null && field.getType().contains(SchemaType.NULL))
                || Stream.of(field.getAnyOf(), field.getOneOf())
                        .filter(Objects::nonNull)
                        .flatMap(List::stream)
                        .anyMatch(AnsweredFields::nullable);
    }

    private static Stream<Operation> operations(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream());
    }

    private static Stream<Schema> answers(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(response -> response.getKey().startsWith("2"))
                .flatMap(response -> schemas(response.getValue().getContent()));
    }

    private static Stream<Schema> requestBody(Operation operation) {
        return operation.getRequestBody() == null
                ? Stream.empty()
                : schemas(operation.getRequestBody().getContent());
    }

    private static Stream<Schema> schemas(Content content) {
        return content == null || content.getMediaTypes() == null
                ? Stream.empty()
                : content.getMediaTypes().values().stream()
                        .map(org.eclipse.microprofile.openapi.models.media.MediaType::getSchema)
                        .filter(Objects::nonNull);
    }

    /** Names of the component schemas the given schemas refer to, directly or through others. */
    private static Set<String> reachable(Map<String, Schema> components, Stream<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema> open = new ArrayDeque<>();
        roots.forEach(open::push);
        while (!open.isEmpty()) {
            Schema schema = open.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT)) {
                String name = ref.substring(COMPONENT.length());
                if (names.add(name) && components.get(name) != null) {
                    open.push(components.get(name));
                }
            }
            parts(schema).forEach(open::push);
        }
        return names;
    }

    private static Stream<Schema> parts(Schema schema) {
        return Stream.of(
                        schema.getProperties() == null
                                ? Stream.<Schema>empty()
                                : schema.getProperties().values().stream(),
                        Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema()),
                        Stream.of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())
                                .filter(Objects::nonNull)
                                .flatMap(List::stream))
                .flatMap(part -> part)
                .filter(Objects::nonNull);
    }
}
