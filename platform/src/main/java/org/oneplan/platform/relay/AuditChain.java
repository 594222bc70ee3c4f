package org.oneplan.platform.relay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tamper-evident chain over a service's published stream:
 * {@code hash = hex(SHA-256(ascii(prevhash) || utf8(JCS(cloudevent without its "hash" member))))}, where
 * JCS is RFC 8785 ({@link CanonicalJson}) applied to the values of the published bytes, read exactly. A
 * record holding a number that JCS would render as another value (beyond the range or the precision of an
 * IEEE-754 double) has no hash: the relay refuses to publish it and the verifier reports it.
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

    /**
     * Recomputes the hash of a published CloudEvent record from its own bytes: its {@code prevhash} and
     * the canonical form of everything but its {@code hash}.
     *
     * @throws NotCanonicalizableException if the record is not an I-JSON object with a canonical form
     */
    public static String recompute(byte[] record) {
        Map<String, Object> withoutHash = cloudEvent(record);
        withoutHash.remove(HASH);
        if (!(withoutHash.get(PREVIOUS_HASH) instanceof String previousHash)) {
            throw new NotCanonicalizableException("the record has no \"" + PREVIOUS_HASH + "\" string");
        }
        return hash(previousHash, CanonicalJson.ofExactValues(withoutHash));
    }

    private static Map<String, Object> cloudEvent(byte[] record) {
        if (ExactJson.parse(record) instanceof Map<?, ?> members) {
            Map<String, Object> copy = new LinkedHashMap<>();
            members.forEach((name, value) -> copy.put((String) name, value));
            return copy;
        }
        throw new NotCanonicalizableException("the record is not a JSON object");
    }
}
