package org.oneplan.platform.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one configuration of the service's Kafka clients — the relay's producer, the read models' consumers, the
 * chain verifier's reader: the bootstrap servers and every other {@code kafka.*} setting of the service (security
 * protocol, SASL, TLS), with a client id that names the service and the client's purpose. Records are keyed by
 * aggregate id (text) and carry CloudEvents as bytes.
 */
public final class KafkaClients {

    private final Map<String, Object> common;
    private final String service;

    /**
     * @param common client settings shared by every client, {@code bootstrap.servers} among them
     * @param service names the clients, e.g. {@code itpp-service}
     */
    public KafkaClients(Map<String, Object> common, String service) {
        this.common = Map.copyOf(common);
        this.service = service;
    }

    /** Clients of a broker reached without further settings, as tests and tools use it. */
    public static KafkaClients to(String bootstrapServers, String service) {
        return new KafkaClients(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), service);
    }

    public Properties producer(String purpose) {
        Properties properties = shared(purpose);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return properties;
    }

    /** @param groupId the consumer group, or {@code null} for a consumer that assigns partitions itself */
    public Properties consumer(String purpose, String groupId) {
        Properties properties = shared(purpose);
        if (groupId != null) {
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return properties;
    }

    private Properties shared(String purpose) {
        Properties properties = new Properties();
        properties.putAll(new HashMap<>(common));
        properties.put(CommonClientConfigs.CLIENT_ID_CONFIG, service + "-" + purpose);
        return properties;
    }
}
