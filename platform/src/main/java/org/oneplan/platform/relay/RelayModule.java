package org.oneplan.platform.relay;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.lifecycle.Phase;
import org.oneplan.platform.axon.AxonModule;
import org.oneplan.platform.config.KafkaClients;
import org.oneplan.platform.config.OnePlanConfig;

/** Registers the relay of the service's event store to its Kafka topic as a tracking processor. */
@Singleton
public class RelayModule implements AxonModule {

    private final OnePlanConfig config;
    private final AgroalDataSource dataSource;
    private final KafkaClients kafka;

    RelayModule(OnePlanConfig config, AgroalDataSource dataSource, KafkaClients kafka) {
        this.config = config;
        this.dataSource = dataSource;
        this.kafka = kafka;
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
        Properties properties = kafka.producer("relay");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return properties;
    }
}
