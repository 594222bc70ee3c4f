package org.oneplan.audit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oneplan.platform.audit.ChainVerification;
import org.oneplan.platform.audit.ChainVerifier;
import org.oneplan.platform.audit.SealCheck;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.seal.ChainSeal;
import org.oneplan.platform.seal.SealJson;

/**
 * Verifies one service's topic from its records and the seals over it: the hash chain and seals (the
 * platform's verifier, run here without the service), and the order of the records in each partition,
 * which must follow the chain (two records swapped on a partition would reach consumers in the wrong
 * order although every hash still links).
 */
public final class TopicInspection {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the inspector found: the chain's verification, plus problems of order and of unreadable seals. */
    public record Report(String topic, ChainVerification chain, List<String> problems) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private TopicInspection() {}

    /** @param publicKey the service's trusted seal key, or null when the inspector holds none (a problem) */
    public static Report inspect(
            String topic, List<TopicRecord> records, List<TopicRecord> sealRecords, String publicKey) {
        List<String> problems = new ArrayList<>();
        List<ChainSeal> seals = new ArrayList<>();
        for (TopicRecord record : sealRecords) {
            SealJson.read(record.value())
                    .ifPresentOrElse(
                            seals::add,
                            () -> problems.add("the seal record at offset " + record.offset() + " cannot be read"));
        }
        if (publicKey == null) {
            problems.add("no trusted key for the service of " + topic + ": its seals cannot be checked");
        }
        List<byte[]> values = records.stream().map(TopicRecord::value).toList();
        ChainVerification chain = publicKey == null
                ? ChainVerifier.verify(topic, values)
                : ChainVerifier.verify(topic, values, new SealCheck(seals, publicKey, null));
        problems.addAll(chain.problems());
        if (chain.intact()) {
            problems.addAll(orderProblems(records));
        }
        return new Report(topic, chain, problems);
    }

    /** Within a partition, each event must come after the events before it in the chain. */
    static List<String> orderProblems(List<TopicRecord> records) {
        Map<String, String> nextOf = new HashMap<>();
        Map<String, String> idOf = new HashMap<>();
        for (TopicRecord record : records) {
            JsonNode event = parse(record.value());
            nextOf.putIfAbsent(
                    event.path(AuditChain.PREVIOUS_HASH).asText(),
                    event.path(AuditChain.HASH).asText());
            idOf.put(event.path(AuditChain.HASH).asText(), event.path("id").asText());
        }
        Map<String, Integer> position = new HashMap<>();
        String head = AuditChain.GENESIS;
        for (int index = 0; nextOf.containsKey(head); index++) {
            head = nextOf.get(head);
            position.put(head, index);
        }
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> lastPosition = new HashMap<>();
        Set<String> seen = new HashSet<>();
        records.stream().sorted(TopicRecord.TOPIC_ORDER).forEach(record -> {
            String hash = parse(record.value()).path(AuditChain.HASH).asText();
            if (!seen.add(hash)) {
                return; // redelivered by at-least-once publication: its first delivery holds its place
            }
            int at = position.getOrDefault(hash, -1);
            Integer before = lastPosition.get(record.partition());
            if (before != null && at < before) {
                problems.add("event " + idOf.get(hash) + " at partition " + record.partition() + " offset "
                        + record.offset() + " comes before an event the chain puts earlier: records were swapped");
            }
            lastPosition.merge(record.partition(), at, Math::max);
        });
        return problems;
    }

    private static JsonNode parse(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException unreadable) {
            return JSON.createObjectNode();
        }
    }
}
