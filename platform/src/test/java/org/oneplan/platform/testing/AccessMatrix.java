package org.oneplan.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every endpoint of a service, called by every kind of caller, against the answer the access rules promise.
 * The endpoints come from the served OpenAPI document, so an endpoint added without an entry here fails the
 * test. Writes go to aggregates that do not exist with an empty body and no {@code If-Match}, so an allowed
 * caller gets 400, 404 or 428 and nothing is stored.
 */
public final class AccessMatrix {

    /** The callers, in the order in which an entry lists its answers. */
    public enum Caller {
        STAFF,
        ADMIN,
        INSPECTOR,
        ALLY,
        OWN_PARTNER,
        OTHER_PARTNER,
        NO_TOKEN,
        BAD_TOKEN
    }

    /** Answers of a read any role may make (a list, which a partner delegation sees filtered). */
    public static final String EVERYONE_READS = "200 200 200 200 200 200 401 401";

    /** Answers of a read of one partner's record: another partner's delegation is told it does not exist. */
    public static final String OWN_NATION_READS = "200 200 200 200 200 404 401 401";

    /** A staff write with an empty body: allowed callers fail validation before anything is tried. */
    public static final String STAFF_WRITES = "400 400 403 403 403 403 401 401";

    /**
     * A staff write to an existing aggregate that takes no body (or an empty one that is valid), sent without
     * {@code If-Match}: allowed callers are asked for the version they read before anything is looked up.
     */
    public static final String STAFF_WRITES_WITHOUT_IF_MATCH = "428 428 403 403 403 403 401 401";

    /** An administrator's operation that reaches nothing (an unknown read model). */
    public static final String ADMIN_ONLY_REACHING_NOBODY = "403 404 403 403 403 403 401 401";

    /** Administrators and inspectors only. */
    public static final String AUDIT_READS = "403 200 200 403 403 403 401 401";

    /** Administrators only. */
    public static final String ADMIN_READS = "403 200 403 403 403 403 401 401";

    private record Entry(String path, int[] answers) {}

    private final String ownNation;
    private final String otherNation;
    private final Map<String, Entry> entries = new TreeMap<>();

    /** @param ownNation the partner delegation whose records the concrete paths name */
    public AccessMatrix(String ownNation, String otherNation) {
        this.ownNation = ownNation;
        this.otherNation = otherNation;
    }

    /**
     * @param endpoint method and path template as OpenAPI names it, e.g. {@code GET /partners/{id}}
     * @param path the concrete path to call
     * @param answers the status for each {@link Caller}, in order, separated by spaces
     */
    public AccessMatrix expect(String endpoint, String path, String answers) {
        int[] statuses = Arrays.stream(answers.trim().split("\\s+"))
                .mapToInt(Integer::parseInt)
                .toArray();
        if (statuses.length != Caller.values().length) {
            throw new IllegalArgumentException(endpoint + ": one answer per caller, " + Caller.values().length);
        }
        entries.put(endpoint, new Entry(path, statuses));
        return this;
    }

    /** Adds the endpoints the platform gives every service: read-model administration, the audit chain and seal key. */
    public AccessMatrix withThePlatformsEndpoints() {
        String nowhere = "/admin/read-models/no-such-model";
        return expect("GET /admin/read-models", "/admin/read-models", ADMIN_READS)
                .expect("POST /admin/read-models/{name}/rebuilds", nowhere + "/rebuilds", ADMIN_ONLY_REACHING_NOBODY)
                .expect("GET /admin/read-models/{name}/parked", nowhere + "/parked", ADMIN_ONLY_REACHING_NOBODY)
                .expect(
                        "POST /admin/read-models/{name}/parked/{parkedId}/retry",
                        nowhere + "/parked/" + UUID.randomUUID() + "/retry",
                        ADMIN_ONLY_REACHING_NOBODY)
                .expect(
                        "DELETE /admin/read-models/{name}/parked/{parkedId}",
                        nowhere + "/parked/" + UUID.randomUUID() + "?reason=test",
                        ADMIN_ONLY_REACHING_NOBODY)
                .expect("GET /audit/chain", "/audit/chain", AUDIT_READS)
                .expect("GET /audit/keys", "/audit/keys", EVERYONE_READS);
    }

    /** The endpoints the service serves, from its OpenAPI document, as {@code METHOD /path}. */
    public static Set<String> servedEndpoints() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method ->
                        Set.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> endpoints.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return endpoints;
    }

    /** Fails unless the entries name exactly the served endpoints. */
    public void coversEveryServedEndpoint() {
        assertThat(entries.keySet())
                .as("every endpoint the service serves has an entry in the access matrix, and no other")
                .containsExactlyInAnyOrderElementsOf(servedEndpoints());
    }

    /** Calls every entry as every caller; fails with the list of every answer that differs. */
    public void holds() {
        List<String> differences = new ArrayList<>();
        entries.forEach((endpoint, entry) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            for (Caller caller : Caller.values()) {
                int expected = entry.answers()[caller.ordinal()];
                int actual = call(caller, method, entry.path());
                if (actual != expected) {
                    differences.add(endpoint + " as " + caller + ": expected " + expected + ", got " + actual);
                }
            }
        });
        assertThat(differences).as("answers that differ from the access matrix").isEmpty();
    }

    private int call(Caller caller, String method, String path) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        String token = token(caller);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            request.body("{}");
        }
        return request.request(method, path).then().extract().statusCode();
    }

    private String token(Caller caller) {
        return switch (caller) {
            case STAFF -> TestTokens.staff();
            case ADMIN -> TestTokens.admin();
            case INSPECTOR -> TestTokens.inspector();
            case ALLY -> TestTokens.ally("NOR");
            case OWN_PARTNER -> TestTokens.partner(ownNation);
            case OTHER_PARTNER -> TestTokens.partner(otherNation);
            case NO_TOKEN -> null;
            case BAD_TOKEN -> forged(TestTokens.admin());
        };
    }

    /** A token whose payload was changed after signing: its signature no longer holds. */
    private static String forged(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String changed = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        payload.replace("administrator", "administrat0r").getBytes());
        return parts[0] + "." + changed + "." + parts[2];
    }
}
