package org.oneplan.platform.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.oneplan.platform.config.KafkaClients;
import org.oneplan.platform.config.OnePlanConfig;

/** Starts one consumer per {@link Projection} bean and lets an administrator rebuild any of them. */
@ApplicationScoped
public class ProjectionRunner {

    /** Gauge of parked records per read model (Prometheus: {@code oneplan_projection_parked_records}). */
    public static final String PARKED_METRIC = "oneplan.projection.parked.records";

    private final Map<String, ProjectionWorker> workers = new TreeMap<>();
    private final Instance<Projection> projections;
    private final ParkedRecords parked;
    private final MeterRegistry metrics;
    private final OnePlanConfig config;
    private final KafkaClients kafka;

    ProjectionRunner(
            Instance<Projection> projections,
            ParkedRecords parked,
            MeterRegistry metrics,
            OnePlanConfig config,
            KafkaClients kafka) {
        this.projections = projections;
        this.parked = parked;
        this.metrics = metrics;
        this.config = config;
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.projections().enabled()) {
            return;
        }
        for (Projection projection : projections) {
            String group = config.context() + "-service." + projection.name();
            ProjectionWorker worker = new ProjectionWorker(
                    projection,
                    parked,
                    config.projections().attempts(),
                    config.projections().retryPause(),
                    kafka.consumer("projection-" + projection.name(), group));
            workers.put(projection.name(), worker);
            Gauge.builder(PARKED_METRIC, worker, ProjectionWorker::parkedCount)
                    .description("Records the read model could not apply and parked")
                    .tag("projection", projection.name())
                    .register(metrics);
            worker.start();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        for (ProjectionWorker worker : workers.values()) {
            worker.stop();
        }
    }

    public Set<String> names() {
        return workers.keySet();
    }

    /** Read models whose consumer has stopped (it never stops by itself while the service runs). */
    public Set<String> stopped() {
        Set<String> stopped = new java.util.TreeSet<>();
        workers.forEach((name, worker) -> {
            if (!worker.isAlive()) {
                stopped.add(name);
            }
        });
        return stopped;
    }

    /** Read models with parked records, and how many each has. */
    public Map<String, Long> parked() {
        Map<String, Long> parked = new TreeMap<>();
        workers.forEach((name, worker) -> {
            if (worker.parkedCount() > 0) {
                parked.put(name, worker.parkedCount());
            }
        });
        return parked;
    }

    /** Empty when no projection has that name; else what {@link ProjectionWorker#retryParked} gives. */
    Optional<CompletionStage<Optional<ProjectionWorker.Retried>>> retryParked(String name, UUID id) {
        return Optional.ofNullable(workers.get(name)).map(worker -> worker.retryParked(id));
    }

    /** Empty when no projection has that name; else whether the parked record was there to discard. */
    Optional<CompletionStage<Boolean>> discardParked(String name, UUID id, String reason, String actor) {
        return Optional.ofNullable(workers.get(name)).map(worker -> worker.discardParked(id, reason, actor));
    }

    /** Empty when no projection has that name. */
    public Optional<CompletionStage<Void>> rebuild(String name) {
        return Optional.ofNullable(workers.get(name)).map(ProjectionWorker::requestRebuild);
    }
}
