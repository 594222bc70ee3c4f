package org.oneplan.platform.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.oneplan.platform.relay.KafkaEventRelay;

/**
 * Ready only while events flow: the relay from the event store to Kafka is running (an unreachable broker
 * shows as its error, with commands still accepted), and every read model's consumer is alive.
 */
@Readiness
@ApplicationScoped
public class EventFlowHealth implements HealthCheck {

    private final Configuration axon;
    private final ProjectionRunner projections;

    EventFlowHealth(Configuration axon, ProjectionRunner projections) {
        this.axon = axon;
        this.projections = projections;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health =
                HealthCheckResponse.named("event-flow").up();
        axon.eventProcessingConfiguration()
                .eventProcessor(KafkaEventRelay.PROCESSING_GROUP, TrackingEventProcessor.class)
                .ifPresent(relay -> {
                    health.withData(
                            "relay", relay.isRunning() ? (relay.isError() ? "retrying" : "running") : "stopped");
                    if (!relay.isRunning()) {
                        health.down();
                    }
                });
        Set<String> stopped = projections.stopped();
        health.withData("readModels", String.join(",", projections.names()));
        if (!stopped.isEmpty()) {
            health.withData("stoppedReadModels", String.join(",", stopped)).down();
        }
        return health.build();
    }
}
