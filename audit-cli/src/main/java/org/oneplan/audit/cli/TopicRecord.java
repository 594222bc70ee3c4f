package org.oneplan.audit.cli;

import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** One record of a topic as the inspector keeps it: where it was, its key and its exact bytes. */
public record TopicRecord(int partition, long offset, String key, byte[] value) {

    /** Topic order: by partition, then offset (Kafka orders nothing across partitions). */
    public static final Comparator<TopicRecord> TOPIC_ORDER =
            Comparator.comparingInt(TopicRecord::partition).thenComparingLong(TopicRecord::offset);

    /** A bundle line: the bytes in base64, so that they are kept exactly, whatever they hold. */
    Map<String, Object> line() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("partition", partition);
        line.put("offset", offset);
        line.put("key", key);
        line.put("value", Base64.getEncoder().encodeToString(value));
        return line;
    }

    static TopicRecord of(Map<?, ?> line) {
        return new TopicRecord(
                ((Number) line.get("partition")).intValue(),
                ((Number) line.get("offset")).longValue(),
                (String) line.get("key"),
                Base64.getDecoder().decode((String) line.get("value")));
    }
}
