package org.oneplan.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.relay.NotCanonicalizableException;

/**
 * Verifies a stream from its records alone, in any order (the topic's partitions interleave): every
 * record's hash must match its content, recomputed from the record's own bytes by {@link AuditChain}, and
 * following {@code prevhash} from the genesis must reach every event exactly once. A record published twice (at-least-once delivery) counts once.
 */
public final class ChainVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChainVerifier() {}

    public static ChainVerification verify(String topic, List<byte[]> records) {
        return verify(topic, records, null);
    }

    /**
     * Verifies the stream and, when {@code seals} is given, the seals over it: the chain must pass through
     * every sealed head at the sealed count.
     */
    public static ChainVerification verify(String topic, List<byte[]> records, SealCheck seals) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> byHash = new HashMap<>();
        Map<String, String> hashById = new HashMap<>();
        Map<String, List<String>> successors = new HashMap<>();
        for (byte[] record : records) {
            JsonNode event;
            try {
                event = JSON.readTree(record);
            } catch (IOException unreadable) {
                problems.add("a record is not JSON");
                continue;
            }
            String id = event.path("id").asText();
            String hash = event.path(AuditChain.HASH).asText();
            String recomputed;
            try {
                recomputed = AuditChain.recompute(record);
            } catch (NotCanonicalizableException noCanonicalForm) {
                problems.add("event " + id + " was altered: it has no canonical form (" + noCanonicalForm.getMessage()
                        + ")");
                continue;
            }
            if (!recomputed.equals(hash)) {
                problems.add("event " + id + " was altered: its hash does not match its content");
                continue;
            }
            String earlier = hashById.putIfAbsent(id, hash);
            if (earlier != null) {
                if (!earlier.equals(hash)) {
                    problems.add("event " + id + " was published twice with different content");
                }
                continue;
            }
            byHash.put(hash, event);
            successors
                    .computeIfAbsent(event.path(AuditChain.PREVIOUS_HASH).asText(), k -> new ArrayList<>())
                    .add(hash);
        }

        Set<String> reached = new HashSet<>();
        List<String> order = new ArrayList<>();
        String head = AuditChain.GENESIS;
        while (successors.containsKey(head)) {
            List<String> next = successors.get(head);
            if (next.size() > 1) {
                problems.add("the chain forks after " + head + " into " + next.size() + " events");
            }
            head = next.get(0);
            if (!reached.add(head)) {
                problems.add("the chain loops at " + head);
                break;
            }
            order.add(head);
        }
        for (Map.Entry<String, JsonNode> entry : byHash.entrySet()) {
            if (!reached.contains(entry.getKey())) {
                String previous =
                        entry.getValue().path(AuditChain.PREVIOUS_HASH).asText();
                problems.add("event " + entry.getValue().path("id").asText() + " does not link to the chain"
                        + (byHash.containsKey(previous) || previous.equals(AuditChain.GENESIS)
                                ? ""
                                : ": its predecessor " + previous + " is missing"));
            }
        }
        SealStatus sealed = seals == null ? null : seals.check(order, problems);
        return new ChainVerification(topic, records.size(), reached.size(), head, problems.isEmpty(), problems, sealed);
    }
}
