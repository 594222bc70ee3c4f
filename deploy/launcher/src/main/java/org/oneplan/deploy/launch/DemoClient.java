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
 * Calls a service's API as the demo loader. Loading twice changes nothing: 409 (exists) and 422 (already
 * so) count as done.
 */
final class DemoClient {

    private static final Set<Integer> ALREADY_DONE = Set.of(409, 422);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    DemoClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String partnerId(String code) {
        return UUID.nameUUIDFromBytes(("oneplan:partner:" + code).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** POSTs and returns the response body as JSON (empty for an already-done answer). */
    JsonNode post(String token, String path, Map<String, ?> body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(token, path, body);
        int status = response.statusCode();
        if (status >= 300 && !ALREADY_DONE.contains(status)) {
            throw new IOException("demo data: POST " + path + " answered " + status + ": " + response.body());
        }
        return status >= 300 || response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** The status alone, for steps that wait until another service has caught up. */
    int status(String token, String path, Map<String, ?> body) throws IOException, InterruptedException {
        return send(token, path, body).statusCode();
    }

    private HttpResponse<String> send(String token, String path, Map<String, ?> body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
