package org.oneplan.audit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The services' public seal keys as the inspector keeps them: what each service's {@code GET /audit/keys}
 * answered, saved once and trusted from then on (a JSON array, or several files' arrays together).
 */
public final class TrustedKeys {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** service name (e.g. partner-service) → public key, X.509 base64. */
    private final Map<String, String> byService;

    TrustedKeys(Map<String, String> byService) {
        this.byService = new TreeMap<>(byService);
    }

    public static TrustedKeys read(List<Path> files) throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (Path file : files) {
            for (JsonNode key : JSON.readTree(Files.readAllBytes(file))) {
                keys.put(key.path("service").asText(), key.path("publicKey").asText());
            }
        }
        return new TrustedKeys(keys);
    }

    /** The key of the service that publishes {@code topic} ({@code oneplan.itpp.events} → itpp-service). */
    public Optional<String> forTopic(String topic) {
        return Optional.ofNullable(byService.get(serviceOf(topic)));
    }

    static String serviceOf(String topic) {
        String context = topic.replaceFirst("^oneplan\\.", "").replaceFirst("\\.events$", "");
        return context + "-service";
    }

    Map<String, String> asMap() {
        return byService;
    }
}
