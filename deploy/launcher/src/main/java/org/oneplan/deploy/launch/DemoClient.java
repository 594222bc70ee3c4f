package org.oneplan.deploy.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Calls a service's API as the demo loader. Loading twice changes nothing: a creation answered 409 (exists)
 * and any write answered 422 (already so) count as done. A change of an existing resource names the version
 * it is based on in If-Match, read from the resource's history just before: a second load, an exempt write
 * or a deadline may have moved the version on since this client last wrote.
 */
final class DemoClient {

    private static final Set<Integer> ALREADY_DONE = Set.of(409, 422);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    DemoClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String partnerId(String code) {
        return UUID.nameUUIDFromBytes(("oneplan:partner:" + code).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * POSTs a creation, or one of the writes that need no If-Match (a partner's agreement, an Ally's
     * objection), and returns the response body as JSON (empty for an already-done answer).
     */
    JsonNode post(String token, String path, Map<String, ?> body) throws IOException, InterruptedException {
        return answer(path, send(token, path, null, body), ALREADY_DONE);
    }

    /**
     * POSTs a change of the existing {@code resource} (e.g. {@code /partners/{id}}) to {@code resource + action}
     * with If-Match, and returns the response body as JSON (empty for an already-done answer). A 409 here is
     * a concurrent change, not a second load, and fails the load.
     */
    JsonNode change(String token, String resource, String action, Map<String, ?> body)
            throws IOException, InterruptedException {
        String path = resource + action;
        return answer(path, send(token, path, latestETag(token, resource), body), Set.of(422));
    }

    /**
     * PUTs a new state of a part of the existing {@code resource} (a survey answer, a goal's revision) to
     * {@code resource + part} with If-Match, and returns the response body as JSON.
     */
    JsonNode replace(String token, String resource, String part, Map<String, ?> body)
            throws IOException, InterruptedException {
        String path = resource + part;
        return answer(path, send("PUT", token, path, latestETag(token, resource), body), Set.of(422));
    }

    /** GETs a resource as JSON, or null when there is none (404). */
    JsonNode get(String token, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IOException(
                    "demo data: GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The status alone, for steps that wait until another service has caught up. */
    int status(String token, String path, Map<String, ?> body) throws IOException, InterruptedException {
        return send(token, path, null, body).statusCode();
    }

    /** The status alone of a change of {@code resource}, for steps that wait until a deadline has passed. */
    int changeStatus(String token, String resource, String action, Map<String, ?> body)
            throws IOException, InterruptedException {
        return send(token, resource + action, latestETag(token, resource), body).statusCode();
    }

    /** The ETag of the version the resource's history ends at: the event store, which no read model lags. */
    private String latestETag(String token, String resource) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + resource + "/history"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode history = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        if (history == null || !history.isArray() || history.isEmpty()) {
            throw new IOException("demo data: the history of " + resource + " answered " + response.statusCode());
        }
        return "\"" + history.get(history.size() - 1).get("version").asLong() + "\"";
    }

    private static JsonNode answer(String path, HttpResponse<String> response, Set<Integer> alreadyDone)
            throws IOException {
        int status = response.statusCode();
        if (status >= 300 && !alreadyDone.contains(status)) {
            throw new IOException("demo data: POST " + path + " answered " + status + ": " + response.body());
        }
        return status >= 300 || response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String token, String path, String ifMatch, Map<String, ?> body)
            throws IOException, InterruptedException {
        return send("POST", token, path, ifMatch, body);
    }

    private HttpResponse<String> send(String method, String token, String path, String ifMatch, Map<String, ?> body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
