package org.oneplan.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drives partner commands from concurrent clients against the running partner-service and measures, in
 * the same run, the raw JDBC insert rate of the same PostgreSQL. Reports stored-and-published events per
 * second, command latency p50/p99 and the ratio to the raw rate, and writes them to a file.
 *
 * <p>Each client thread updates a partner of its own and sends, in If-Match, the ETag the previous answer
 * gave, as a client that keeps what it last read does: so the benchmark measures updates, not conflicts
 * (any answer but 200 stops it).
 *
 * <p>System properties: {@code url}, {@code token}, {@code jdbc}, {@code clients} (16), {@code seconds}
 * (30), {@code out}.
 */
public final class PartnerBenchmark {

    private static final byte[] RAW_PAYLOAD = new byte[400];

    private final String url = System.getProperty("url", "http://127.0.0.1:8081");
    private final String token = required("token");
    private final String jdbc = System.getProperty("jdbc", "jdbc:postgresql://127.0.0.1:15432/oneplan_partner");
    private final int clients = Integer.getInteger("clients", 16);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("seconds", 30));
    private final Path out = Path.of(System.getProperty("out", "deploy/benchmark-results/partner-benchmark.txt"));
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        new PartnerBenchmark().run();
    }

    private void run() throws Exception {
        double rawPerSecond = rawInsertRate();
        System.out.printf(Locale.ROOT, "raw JDBC inserts: %.0f rows/s%n", rawPerSecond);

        long storedBefore = count("SELECT count(*) FROM domainevententry");
        List<RegisteredPartner> partners = registerOnePartnerPerClient();
        Instant start = Instant.now();
        List<Long> latencies = driveCommands(partners);
        Instant commandsDone = Instant.now();
        long stored = count("SELECT count(*) FROM domainevententry") - storedBefore;
        Instant allPublished = awaitPublished();
        double seconds = Duration.between(start, allPublished).toNanos() / 1e9;
        double eventsPerSecond = stored / seconds;
        Collections.sort(latencies);

        String report = String.format(
                Locale.ROOT,
                String.join(
                        "%n",
                        "OnePlan partner-service benchmark, %s",
                        "machine: %d cores; clients: %d; command: PUT /partners/{id} (one event each)",
                        "commands: %d in %.1f s (%.0f commands/s)",
                        "events stored and published: %d in %.1f s -> %.0f events/s",
                        "command latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                        "raw JDBC insert rate, same PostgreSQL, %d threads, one row per transaction: %.0f rows/s",
                        "ratio stored-and-published / raw: %.2f (target >= 0.5)",
                        ""),
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                clients,
                latencies.size(),
                Duration.between(start, commandsDone).toNanos() / 1e9,
                latencies.size() / (Duration.between(start, commandsDone).toNanos() / 1e9),
                stored,
                seconds,
                eventsPerSecond,
                percentile(latencies, 0.50),
                percentile(latencies, 0.99),
                percentile(latencies, 1.0),
                clients,
                rawPerSecond,
                eventsPerSecond / rawPerSecond);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.print(report);
        System.out.println("written to " + out.toAbsolutePath());
    }

    /** The same PostgreSQL, the same number of writers, one row (about an event's size) per commit. */
    private double rawInsertRate() throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS benchmark_raw_insert "
                    + "(id BIGSERIAL PRIMARY KEY, aggregate VARCHAR(255), seq BIGINT, payload BYTEA)");
        }
        Duration rawDuration = Duration.ofSeconds(Math.max(5, duration.toSeconds() / 3));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> counts = new ArrayList<>();
        long deadline = System.nanoTime() + rawDuration.toNanos();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            counts.add(pool.submit(() -> {
                long rows = 0;
                try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "postgres");
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO benchmark_raw_insert (aggregate, seq, payload) VALUES (?, ?, ?)")) {
                    while (System.nanoTime() < deadline) {
                        insert.setString(1, "raw");
                        insert.setLong(2, rows);
                        insert.setBytes(3, RAW_PAYLOAD);
                        insert.executeUpdate();
                        rows++;
                    }
                }
                return rows;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE benchmark_raw_insert");
        }
        return total / elapsed;
    }

    /** A partner of one client, and the ETag of the version its registration answered. */
    private record RegisteredPartner(String id, String etag) {}

    private List<RegisteredPartner> registerOnePartnerPerClient() throws IOException, InterruptedException {
        Random random = new Random();
        List<RegisteredPartner> partners = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            StringBuilder code = new StringBuilder("BM");
            for (int letter = 0; letter < 8; letter++) {
                code.append((char) ('A' + random.nextInt(26)));
            }
            String body = "{\"code\":\"" + code + "\",\"name\":\"Benchmark " + code
                    + "\",\"kind\":\"INTERNATIONAL_ORGANISATION\",\"frameworks\":[]}";
            HttpResponse<String> response = send("POST", "/partners", null, body);
            if (response.statusCode() != 201) {
                throw new IOException("registration answered " + response.statusCode() + ": " + response.body());
            }
            partners.add(
                    new RegisteredPartner(response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"), etag(response)));
        }
        return partners;
    }

    private List<Long> driveCommands(List<RegisteredPartner> partners) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<List<Long>>> results = new ArrayList<>();
        for (RegisteredPartner partner : partners) {
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                String etag = partner.etag();
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String body = "{\"name\":\"Benchmark partner " + (n++) + "\",\"membershipActionPlan\":false}";
                    long sent = System.nanoTime();
                    HttpResponse<String> response = send("PUT", "/partners/" + partner.id(), etag, body);
                    if (response.statusCode() != 200) {
                        throw new IOException("update answered " + response.statusCode() + ": " + response.body());
                    }
                    latencies.add(System.nanoTime() - sent);
                    etag = etag(response);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        return all;
    }

    private Instant awaitPublished() throws Exception {
        long stored = count("SELECT count(*) FROM domainevententry");
        while (count("SELECT coalesce(sum(published), 0) FROM relay_chain_head") < stored) {
            Thread.sleep(20);
        }
        return Instant.now();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private HttpResponse<String> send(String method, String path, String ifMatch, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The ETag of the version a write answered: the If-Match of the client's next write. */
    private static String etag(HttpResponse<String> response) throws IOException {
        return response.headers()
                .firstValue("ETag")
                .orElseThrow(() -> new IOException("a write answered without an ETag: " + response.body()));
    }

    private static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + property + " is required");
        }
        return value;
    }
}
