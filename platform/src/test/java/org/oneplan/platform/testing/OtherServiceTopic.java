package org.oneplan.platform.testing;

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
 * Plays another service's part on the real broker in a service's tests: publishes that context's events
 * as CloudEvents built by the same relay code, to its topic ({@code oneplan.<context>.events}).
 */
public final class OtherServiceTopic {

    private final String bootstrap;
    private final String topic;
    private final CloudEventFactory cloudEvents;

    private OtherServiceTopic(String bootstrap, String context) {
        this.bootstrap = bootstrap;
        this.topic = "oneplan." + context + ".events";
        this.cloudEvents = new CloudEventFactory("/oneplan/" + context + "-service");
    }

    /** The topic of {@code context} (e.g. {@code partner}) on the broker at {@code bootstrap}. */
    public static OtherServiceTopic of(String bootstrap, String context) {
        return new OtherServiceTopic(bootstrap, context);
    }

    /** Publishes {@code payload} as event {@code sequence} of aggregate {@code id}, caused by a staff member. */
    public void publish(String aggregateType, UUID id, long sequence, Object payload) {
        var message = new GenericDomainEventMessage<>(
                aggregateType,
                id.toString(),
                sequence,
                payload,
                MetaData.from(Map.of(
                        "actor",
                        "test",
                        "actorRole",
                        "staff",
                        "correlationId",
                        UUID.randomUUID().toString())));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(
                            topic,
                            id.toString(),
                            cloudEvents
                                    .toCloudEvent(message, AuditChain.GENESIS)
                                    .json()))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /**
     * Whether the records of two aggregates land on the same partition (Kafka's partitioner for keyed
     * records), so that a consumer reads them in the order they were published.
     */
    public boolean samePartition(UUID one, UUID other) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            int partitions = producer.partitionsFor(topic).size();
            return partition(one, partitions) == partition(other, partitions);
        }
    }

    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }
}
