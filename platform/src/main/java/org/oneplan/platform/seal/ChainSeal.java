package org.oneplan.platform.seal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.relay.CanonicalJson;

/**
 * A signed statement that a service's published chain had {@code events} events ending at {@code head}.
 * Seals form a chain of their own ({@code previousSeal}), so a seal dropped from the seals topic is noticed
 * like an event dropped from a service's topic. The hash and the signature are over the RFC 8785 form of
 * every other member.
 *
 * @param previousSeal the {@code sealHash} of the service's previous seal, or the genesis hash
 */
public record ChainSeal(
        String service,
        String topic,
        long events,
        String head,
        Instant sealedAt,
        String previousSeal,
        String keyId,
        String sealHash,
        String signature) {

    /** The CloudEvents-like type name seals are published under on {@code oneplan.audit.seals}. */
    public static final String TYPE = "org.oneplan.audit.ChainSealed.v1";

    public static final String GENESIS = AuditChain.GENESIS;

    /** Makes and signs the seal of a chain head. */
    public static ChainSeal sign(
            String service,
            String topic,
            long events,
            String head,
            Instant sealedAt,
            String previousSeal,
            SealKey key) {
        ChainSeal unsigned =
                new ChainSeal(service, topic, events, head, sealedAt, previousSeal, key.keyId(), null, null);
        byte[] content = unsigned.signedContent();
        return new ChainSeal(
                service,
                topic,
                events,
                head,
                sealedAt,
                previousSeal,
                key.keyId(),
                AuditChain.hash("", new String(content, StandardCharsets.UTF_8)),
                key.sign(content));
    }

    /** The bytes hashed and signed: every member but the hash and the signature, canonical. */
    public byte[] signedContent() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", TYPE);
        members.put("service", service);
        members.put("topic", topic);
        members.put("events", BigDecimal.valueOf(events));
        members.put("head", head);
        members.put("sealedAt", sealedAt.toString());
        members.put("previousSeal", previousSeal);
        members.put("keyId", keyId);
        return CanonicalJson.ofExactValues(members).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the hash matches the content and the signature is the key's. */
    public boolean verifies(String publicKeyBase64) {
        byte[] content = signedContent();
        return AuditChain.hash("", new String(content, StandardCharsets.UTF_8)).equals(sealHash)
                && SealKey.verifies(publicKeyBase64, content, signature);
    }
}
