package org.oneplan.platform.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident chain over a service's published stream:
 * {@code hash = SHA-256(prevhash || canonical event)}, where the canonical event is the structured
 * CloudEvent JSON without its {@code hash} attribute, canonicalised by {@link CanonicalJson}.
 */
public final class AuditChain {

    /** The {@code prevhash} of the first event of a stream. */
    public static final String GENESIS = "0".repeat(64);

    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "prevhash";

    private AuditChain() {}

    public static String hash(String previousHash, String canonicalEvent) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            digest.update(canonicalEvent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Recomputes the hash of a published CloudEvent from its own {@code prevhash} and content. */
    public static String recompute(JsonNode cloudEvent) {
        ObjectNode withoutHash = cloudEvent.deepCopy();
        withoutHash.remove(HASH);
        return hash(cloudEvent.path(PREVIOUS_HASH).asText(), CanonicalJson.of(withoutHash));
    }
}
