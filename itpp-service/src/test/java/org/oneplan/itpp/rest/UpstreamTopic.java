package org.oneplan.itpp.rest;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.relay.CloudEventFactory;

/**
 * Plays another service's part on the real broker: publishes that service's events to its topic as the
 * CloudEvents its relay would publish (built by the same relay code), keyed by aggregate id.
 */
final class UpstreamTopic {

    static final UpstreamTopic PARTNER = new UpstreamTopic("partner");
    static final UpstreamTopic PARP = new UpstreamTopic("parp");

    private final String topic;
    private final CloudEventFactory cloudEvents;

    private UpstreamTopic(String context) {
        topic = "oneplan." + context + ".events";
        cloudEvents = new CloudEventFactory("/oneplan/" + context + "-service");
    }

    void publish(String bootstrap, String aggregateType, UUID id, long sequence, Object payload) {
        var message = new GenericDomainEventMessage<>(
                aggregateType,
                id.toString(),
                sequence,
                payload,
                MetaData.from(Map.of("actor", "test", "actorRole", "staff")));
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>(
                            topic,
                            id.toString(),
                            cloudEvents
                                    .toCloudEvent(message, AuditChain.GENESIS)
                                    .json()))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the records of two aggregates land on the same partition (Kafka's partitioner for keyed
     * records), so that a consumer reads them in the order they were published.
     */
    boolean samePartition(String bootstrap, UUID one, UUID other) {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            int partitions = producer.partitionsFor(topic).size();
            return partition(one, partitions) == partition(other, partitions);
        }
    }

    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }
}
