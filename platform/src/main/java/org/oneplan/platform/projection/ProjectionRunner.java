package org.oneplan.platform.projection;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oneplan.platform.config.OnePlanConfig;

/** Starts one consumer per {@link Projection} bean and lets an administrator rebuild any of them. */
@ApplicationScoped
public class ProjectionRunner {

    private final Map<String, ProjectionWorker> workers = new TreeMap<>();
    private final Instance<Projection> projections;
    private final OnePlanConfig config;
    private final String bootstrapServers;

    ProjectionRunner(
            Instance<Projection> projections,
            OnePlanConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.projections = projections;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.projections().enabled()) {
            return;
        }
        for (Projection projection : projections) {
            String group = config.context() + "-service." + projection.name();
            ProjectionWorker worker = new ProjectionWorker(projection, bootstrapServers, group);
            workers.put(projection.name(), worker);
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

    /** Empty when no projection has that name. */
    public Optional<CompletionStage<Void>> rebuild(String name) {
        return Optional.ofNullable(workers.get(name)).map(ProjectionWorker::requestRebuild);
    }
}
