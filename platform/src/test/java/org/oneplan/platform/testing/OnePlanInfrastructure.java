package org.oneplan.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.oneplan.infra.JwtSigner;
import org.oneplan.infra.Topics;

/**
 * Real infrastructure for {@code @QuarkusTest}s: a PostgreSQL server and an Apache Kafka broker, both fresh for
 * the test run ({@link TestServers}: processes from Maven Central binaries, or Testcontainers where a container
 * engine exists); plus a key pair for tokens. Nothing is mocked. Tests find the broker in the system property
 * {@link #BROKER} to take it away and bring it back ({@link Broker}).
 */
public class OnePlanInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String BROKER = "test-infra.broker";
    public static final String KEYS = "test-infra.keys";
    public static final Path ROOT = Path.of("target", "oneplan-test").toAbsolutePath();
    private static final String DATABASE = "oneplan_test";

    private TestServers servers;

    @Override
    public Map<String, String> start() {
        try {
            deleteRecursively(ROOT);
            servers = TestServers.start(DATABASE);
            Topics.ensure(servers.bootstrapServers());
            JwtSigner signer = JwtSigner.inFolder(ROOT.resolve("keys"));
            System.setProperty(BROKER, servers.brokerHandle());
            System.setProperty(KEYS, ROOT.resolve("keys").toString());
            return Map.of(
                    "quarkus.datasource.jdbc.url", servers.jdbcUrl(),
                    "quarkus.datasource.reactive.url", servers.reactiveUrl(),
                    "quarkus.datasource.username", servers.user(),
                    "quarkus.datasource.password", servers.password(),
                    "kafka.bootstrap.servers", servers.bootstrapServers(),
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
            if (servers != null) {
                servers.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
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
