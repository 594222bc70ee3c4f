package org.oneplan.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.oneplan.infra.FreePorts;
import org.oneplan.infra.JwtSigner;
import org.oneplan.infra.LocalKafka;
import org.oneplan.infra.LocalPostgres;
import org.oneplan.infra.Topics;

/**
 * Real infrastructure for {@code @QuarkusTest}s: a PostgreSQL server (embedded binaries) and an Apache
 * Kafka broker process, both fresh for the test run, on free loopback ports; plus a key pair for tokens.
 * Nothing is mocked. Tests find the broker's folder in the system property {@link #KAFKA_HOME} to stop
 * and restart it.
 */
public class OnePlanInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String KAFKA_HOME = "test-infra.kafka.home";
    public static final String KEYS = "test-infra.keys";
    public static final Path ROOT = Path.of("target", "oneplan-test").toAbsolutePath();
    private static final String DATABASE = "oneplan_test";

    private LocalPostgres postgres;
    private LocalKafka kafka;

    @Override
    public Map<String, String> start() {
        try {
            deleteRecursively(ROOT);
            postgres = LocalPostgres.start(ROOT.resolve("postgres"), 0);
            postgres.createDatabases(List.of(DATABASE));
            kafka = new LocalKafka(ROOT.resolve("kafka"), FreePorts.next(), FreePorts.next());
            kafka.start();
            Topics.ensure(kafka.bootstrapServers());
            JwtSigner signer = JwtSigner.inFolder(ROOT.resolve("keys"));
            System.setProperty(KAFKA_HOME, kafka.home().toString());
            System.setProperty(KEYS, ROOT.resolve("keys").toString());
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                    "quarkus.datasource.reactive.url", postgres.reactiveUrl(DATABASE),
                    "quarkus.datasource.username", LocalPostgres.USER,
                    "quarkus.datasource.password", LocalPostgres.PASSWORD,
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "mp.jwt.verify.publickey.location",
                            signer.publicKey().toUri().toString(),
                    "mp.jwt.verify.issuer", JwtSigner.ISSUER);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not start PostgreSQL and Kafka for the tests", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (kafka != null) {
                kafka.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
