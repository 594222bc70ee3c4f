package org.oneplan.audit.cli;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.oneplan.platform.audit.TopicSnapshot;
import org.oneplan.platform.config.KafkaClients;
import org.oneplan.platform.seal.ChainSealer;

/** Reads the topics as any subscriber may: from offset 0, without joining a group. */
final class KafkaTopics {

    private final String bootstrapServers;
    private final KafkaClients clients;

    KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.clients = KafkaClients.to(bootstrapServers, "inspector");
    }

    /** The services' event topics on the broker: {@code oneplan.<context>.events}. */
    List<String> serviceTopics() throws ExecutionException, InterruptedException {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            return admin.listTopics().names().get().stream()
                    .filter(topic -> topic.matches("oneplan\\.[a-z]+\\.events"))
                    .sorted()
                    .toList();
        }
    }

    List<TopicRecord> records(String topic) {
        return TopicSnapshot.records(clients, topic).stream()
                .map(record -> new TopicRecord(record.partition(), record.offset(), record.key(), record.value()))
                .sorted(TopicRecord.TOPIC_ORDER)
                .toList();
    }

    /** The seals of {@code topic}'s service: the records of the seals topic keyed by it. */
    List<TopicRecord> seals(String topic) {
        return TopicSnapshot.records(clients, ChainSealer.TOPIC).stream()
                .filter(record -> topic.equals(record.key()))
                .map(record -> new TopicRecord(record.partition(), record.offset(), record.key(), record.value()))
                .sorted(TopicRecord.TOPIC_ORDER)
                .toList();
    }
}
