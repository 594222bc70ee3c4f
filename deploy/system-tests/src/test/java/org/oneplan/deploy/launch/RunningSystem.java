package org.oneplan.deploy.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.oneplan.infra.FreePorts;
import org.oneplan.infra.JwtSigner;
import org.oneplan.infra.LocalKafka;
import org.oneplan.infra.LocalPostgres;
import org.oneplan.infra.Topics;

/**
 * OnePlan as the launcher runs it, for the system tests: an embedded PostgreSQL, a Kafka broker process and
 * every service from its packaged runner, each in its own process, all on free ports (a running demo system
 * is left alone), with its files under {@code target/system-run}.
 */
final class RunningSystem {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<ServiceSpec> specs = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private JwtSigner signer;

    static RunningSystem start() throws Exception {
        RunningSystem system = new RunningSystem();
        try {
            system.startAll();
            return system;
        } catch (Exception e) {
            system.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Path root = Path.of(System.getProperty("oneplan.project.root", "../.."));
        Path run = Files.createDirectories(Path.of("target/system-run").toAbsolutePath());
        Path logs = Files.createDirectories(run.resolve("logs"));
        signer = JwtSigner.inFolder(run.resolve("keys"));
        postgres = LocalPostgres.start(run.resolve("postgres-" + System.nanoTime()), FreePorts.next());
        postgres.createDatabases(
                ServiceSpec.ALL.stream().map(ServiceSpec::database).toList());
        kafka = new LocalKafka(run.resolve("kafka-" + System.nanoTime()), FreePorts.next(), FreePorts.next());
        kafka.start();
        Topics.ensure(kafka.bootstrapServers());
        Database database = Database.embedded(postgres);
        for (ServiceSpec launched : ServiceSpec.ALL) {
            ServiceSpec spec = new ServiceSpec(launched.name(), FreePorts.next(), launched.database());
            specs.add(spec);
            services.add(ServiceProcess.start(
                    spec, root, logs, ServiceEnvironment.of(spec, database, kafka.bootstrapServers(), signer)));
        }
        for (ServiceProcess service : services) {
            service.awaitReady();
        }
    }

    /** The base URL of a service, e.g. {@code parp-service}. */
    String url(String service) {
        return specs.stream()
                .filter(spec -> spec.name().equals(service))
                .findFirst()
                .orElseThrow()
                .url();
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    List<String> services() {
        return specs.stream().map(ServiceSpec::name).toList();
    }

    String token(String subject, String role, String nation) {
        return signer.token(subject, role, nation, "NATO_SECRET", TOKEN_LIFETIME);
    }

    void close() throws Exception {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
