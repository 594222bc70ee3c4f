package org.oneplan.platform.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.oneplan.platform.relay.KafkaEventRelay;

/**
 * Ready only while events flow: the relay from the event store to Kafka is running (an unreachable broker
 * shows as its error, with commands still accepted), every read model's consumer is alive, and no read
 * model has parked a record it could not apply (see {@code GET /admin/read-models/{name}/parked}).
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
        Map<String, Long> parked = projections.parked();
        if (!parked.isEmpty()) {
            // A parked record is an event a read model lacks: its answers may be wrong until an admin acts.
            health.withData(
                            "parkedRecords",
                            parked.entrySet().stream()
                                    .map(entry -> entry.getKey() + "=" + entry.getValue())
                                    .collect(Collectors.joining(",")))
                    .down();
        }
        return health.build();
    }
}
