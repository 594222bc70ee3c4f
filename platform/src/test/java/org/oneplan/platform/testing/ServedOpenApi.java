package org.oneplan.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * A service's OpenAPI document as the service serves it at {@code /q/openapi}: finds the operation a request
 * reached and validates JSON against the document's schemas (JSON Schema 2020-12 with the OpenAPI 3.1 dialect).
 */
public final class ServedOpenApi {

    private static final String DOCUMENT_URI = "urn:oneplan:served-openapi";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private ServedOpenApi(String documentJson) {
        try {
            this.document = JSON.readTree(documentJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.schemas = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(OpenApi31.getInstance())
                        .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_URI, documentJson))));
    }

    /** Reads the document the service at {@code origin} (scheme, host and port) serves. */
    public static ServedOpenApi of(URI origin) {
        HttpRequest request = HttpRequest.newBuilder(origin.resolve("/q/openapi?format=json"))
                .header("Accept", "application/json")
                .build();
        try {
            // HTTP/1.1 on purpose: the default client asks to upgrade to h2c, and a large document answered on
            // an upgraded connection was once read as HTTP/2 frames ("Frame type(32) ... exceeds MAX_FRAME_SIZE").
            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/q/openapi answered " + response.statusCode());
            }
            return new ServedOpenApi(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A document given as JSON text, as if served. */
    static ServedOpenApi parse(String documentJson) {
        return new ServedOpenApi(documentJson);
    }

    public JsonNode document() {
        return document;
    }

    /**
     * The operation of {@code method} on the path template matching {@code path}; a template with fewer
     * variables wins, as in JAX-RS ({@code /itpps/{id}/document.html} before {@code /itpps/{id}/{x}}).
     */
    public Optional<JsonNode> operation(String method, String path) {
        return fieldNames(document.path("paths"))
                .filter(template -> pattern(template).matcher(path).matches())
                .min(Comparator.comparingLong(
                        template -> template.chars().filter(c -> c == '{').count()))
                .map(template -> document.path("paths").path(template).path(method.toLowerCase()))
                .filter(operation -> !operation.isMissingNode());
    }

    /** The messages of validating {@code instance} against {@code schema}, a schema node of this document. */
    public Set<ValidationMessage> validate(JsonNode schema, JsonNode instance) {
        JsonSchema compiled =
                schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "-part"), absoluteRefs(schema), config);
        return compiled.validate(instance);
    }

    /** The schema of a component, e.g. {@code Problem}. */
    public JsonNode component(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** Local references ({@code #/components/...}) made to point into the served document. */
    private static JsonNode absoluteRefs(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        rewrite(copy);
        return copy;
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                object.set("$ref", TextNode.valueOf(DOCUMENT_URI + ref.asText()));
            }
        }
        node.forEach(ServedOpenApi::rewrite);
    }

    private static Pattern pattern(String template) {
        return Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."));
    }

    private static java.util.stream.Stream<String> fieldNames(JsonNode node) {
        Iterable<String> names = node::fieldNames;
        return StreamSupport.stream(names.spliterator(), false);
    }
}
