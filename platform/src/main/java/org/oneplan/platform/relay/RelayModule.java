package org.oneplan.platform.relay;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.lifecycle.Phase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oneplan.platform.axon.AxonModule;
import org.oneplan.platform.config.OnePlanConfig;

/** Registers the relay of the service's event store to its Kafka topic as a tracking processor. */
@Singleton
public class RelayModule implements AxonModule {

    private final OnePlanConfig config;
    private final AgroalDataSource dataSource;
    private final String bootstrapServers;

    RelayModule(
            OnePlanConfig config,
            AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void configure(Configurer configurer) {
        if (!config.relay().enabled()) {
            return;
        }
        Producer<String, byte[]> producer = new KafkaProducer<>(producerProperties());
        KafkaEventRelay relay = new KafkaEventRelay(
                producer,
                new CloudEventFactory(config.source()),
                config.topic(),
                dataSource,
                config.relay().retryFor());
        configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(
                        KafkaEventRelay.PROCESSING_GROUP,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(config.relay().batchSize()))
                .registerEventHandler(c -> relay)
                .registerListenerInvocationErrorHandler(
                        KafkaEventRelay.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance()));
        configurer.onShutdown(Phase.OUTBOUND_EVENT_CONNECTORS, () -> producer.close());
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.context() + "-service-relay");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return properties;
    }
}
