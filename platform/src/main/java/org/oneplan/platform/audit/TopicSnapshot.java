package org.oneplan.platform.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.oneplan.platform.config.KafkaClients;

/** Every record of a topic up to its end when asked, read from offset 0 without joining a group. */
public final class TopicSnapshot {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TopicSnapshot() {}

    /** The records' values: for a OnePlan topic, structured CloudEvents. */
    public static List<byte[]> read(KafkaClients kafka, String topic) {
        return records(kafka, topic).stream().map(ConsumerRecord::value).toList();
    }

    public static List<ConsumerRecord<String, byte[]>> records(KafkaClients kafka, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumer("topic-snapshot", null))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + TIMEOUT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record);
                }
            }
            return records;
        }
    }
}
