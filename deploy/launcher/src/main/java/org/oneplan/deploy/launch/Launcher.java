package org.oneplan.deploy.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.oneplan.infra.JwtSigner;
import org.oneplan.infra.LocalKafka;
import org.oneplan.infra.LocalPostgres;
import org.oneplan.infra.Topics;

/**
 * Starts OnePlan on one machine: PostgreSQL (embedded, or external from the environment), a Kafka broker
 * (a local process, or external from {@code KAFKA_BOOTSTRAP_SERVERS}), every service, then the demo data.
 * Prints the URLs and a demo token per role, and stops everything cleanly on SIGTERM.
 *
 * <p>Arguments: the project root and the run folder (logs, data, keys, tokens).
 */
public final class Launcher {

    private static final Duration TOKEN_LIFETIME = Duration.ofDays(7);

    private final Path projectRoot;
    private final Path run;
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;

    private Launcher(Path projectRoot, Path run) {
        this.projectRoot = projectRoot.toAbsolutePath();
        this.run = run.toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path run = Path.of(args.length > 1 ? args[1] : "deploy/run");
        Launcher launcher = new Launcher(root, run);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            launcher.stop();
                            stopped.countDown();
                        },
                        "oneplan-stop"));
        try {
            launcher.start();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(Launcher.class).error("OnePlan did not start", e);
            System.exit(1);
        }
        stopped.await();
    }

    private void start() throws Exception {
        Path logs = Files.createDirectories(run.resolve("logs"));
        Files.deleteIfExists(run.resolve("ready"));
        JwtSigner signer = JwtSigner.inFolder(run.resolve("keys"));

        Database database = startDatabase();
        String bootstrap = startKafka();
        Topics.ensure(bootstrap);
        log("Kafka at " + bootstrap + "; topics: " + String.join(", ", Topics.ALL));

        for (ServiceSpec spec : ServiceSpec.ALL) {
            log("starting " + spec.name() + " on " + spec.url());
            services.add(ServiceProcess.start(
                    spec, projectRoot, logs, ServiceEnvironment.of(spec, database, bootstrap, signer)));
        }
        for (ServiceProcess service : services) {
            service.awaitReady();
            log(service.spec().name() + " is ready");
        }

        Map<String, String> tokens = demoTokens(signer);
        new DemoData(ServiceSpec.named("partner-service").url(), tokens.get("admin"), tokens.get("staff")).load();
        new ItppDemoData(ServiceSpec.named("itpp-service").url(), signer, tokens.get("staff")).load();
        new ParpDemoData(
                        ServiceSpec.named("parp-service").url(),
                        ServiceSpec.named("itpp-service").url(),
                        signer,
                        tokens.get("staff"))
                .load();
        new AnpDemoData(ServiceSpec.named("parp-service").url(), signer, tokens.get("staff")).load();
        new AssessmentDemoData(ServiceSpec.named("assessment-service").url(), signer, tokens.get("staff")).load();
        new OccDemoData(
                        ServiceSpec.named("assessment-service").url(),
                        ServiceSpec.named("itpp-service").url(),
                        signer,
                        tokens.get("staff"))
                .load();
        new ParpAssessmentDemoData(
                        ServiceSpec.named("assessment-service").url(),
                        ServiceSpec.named("parp-service").url(),
                        signer,
                        tokens.get("staff"))
                .load();
        new CatalogueDemoData(
                        ServiceSpec.named("catalogue-service").url(),
                        tokens.get("admin"),
                        tokens.get("staff"),
                        tokens.get("ally"),
                        tokens.get("partner"))
                .load();
        new ParticipantDemoData(ServiceSpec.named("catalogue-service").url(), signer).load();
        new PcmYearDemoData(
                        ServiceSpec.named("catalogue-service").url(),
                        signer,
                        tokens.get("admin"),
                        tokens.get("staff"),
                        PcmYearDemoData.nominationYear(LocalDate.now()),
                        Integer.parseInt(System.getenv().getOrDefault("ONEPLAN_DEMO_PCM_EVENTS", "1400")))
                .load();
        writeReadyFile(bootstrap, database, tokens);
        System.out.print(Files.readString(run.resolve("ready")));
    }

    private Database startDatabase() throws Exception {
        List<String> databases =
                ServiceSpec.ALL.stream().map(ServiceSpec::database).toList();
        String external = System.getenv("ONEPLAN_PG_HOST");
        if (external != null && !external.isBlank()) {
            Database database = Database.external(
                    external,
                    Integer.parseInt(System.getenv().getOrDefault("ONEPLAN_PG_PORT", "5432")),
                    System.getenv().getOrDefault("ONEPLAN_PG_USER", "postgres"),
                    System.getenv().getOrDefault("ONEPLAN_PG_PASSWORD", "postgres"));
            database.createDatabases(databases);
            log("using external PostgreSQL at " + external);
            return database;
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("ONEPLAN_PG_PORT", "15432"));
        postgres = LocalPostgres.start(run.resolve("postgres"), port);
        postgres.createDatabases(databases);
        log("PostgreSQL (embedded) on 127.0.0.1:" + postgres.port() + ", data in " + run.resolve("postgres"));
        return Database.embedded(postgres);
    }

    private String startKafka() throws Exception {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            log("using external Kafka at " + external);
            return external;
        }
        kafka = new LocalKafka(run.resolve("kafka"), 9092, 9093);
        kafka.start();
        return kafka.bootstrapServers();
    }

    private Map<String, String> demoTokens(JwtSigner signer) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("staff", signer.token("staff.officer", "staff", null, "NATO_SECRET", TOKEN_LIFETIME));
        tokens.put("admin", signer.token("administrator", "admin", null, "NATO_SECRET", TOKEN_LIFETIME));
        tokens.put("inspector", signer.token("inspector", "inspector", null, "NATO_SECRET", TOKEN_LIFETIME));
        tokens.put("ally", signer.token("delegate.nor", "ally", "NOR", "NATO_SECRET", TOKEN_LIFETIME));
        tokens.put("partner", signer.token("delegate.geo", "partner", "GEO", "NATO_RESTRICTED", TOKEN_LIFETIME));
        return tokens;
    }

    private void writeReadyFile(String bootstrap, Database database, Map<String, String> tokens) throws IOException {
        StringBuilder ready = new StringBuilder("\nOnePlan is running.\n\n");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ready.append(
                    String.format("  %-20s %s   (Swagger UI %s/q/swagger-ui)%n", spec.name(), spec.url(), spec.url()));
        }
        ready.append(String.format("  %-20s %s%n", "Kafka", bootstrap));
        ready.append(String.format("  %-20s %s%n", "PostgreSQL", database.describe()));
        ready.append(String.format("  %-20s %s%n%n", "logs", run.resolve("logs")));
        ready.append("Demo bearer tokens (also in ")
                .append(run.resolve("tokens.env"))
                .append("):\n");
        StringBuilder env = new StringBuilder();
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            String variable = token.getKey().toUpperCase() + "_TOKEN";
            ready.append(String.format("  %s=%s%n", variable, token.getValue()));
            env.append(variable).append('=').append(token.getValue()).append('\n');
        }
        ready.append("\nStop with: deploy/stop.sh\n");
        Files.writeString(run.resolve("tokens.env"), env);
        Files.writeString(run.resolve("ready"), ready);
    }

    private void stop() {
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (kafka != null) {
                kafka.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
            Files.deleteIfExists(run.resolve("ready"));
        } catch (Exception e) {
            System.err.println("stopping: " + e.getMessage());
        }
        log("stopped");
    }

    static void log(String message) {
        System.out.println("[oneplan] " + message);
    }
}
