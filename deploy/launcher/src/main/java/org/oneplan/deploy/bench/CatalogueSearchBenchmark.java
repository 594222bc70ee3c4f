package org.oneplan.deploy.bench;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Catalogue search under concurrent load (deploy/bench-catalogue.sh, against deploy/run.sh's demo catalogue of
 * about 1,400 events): the same searches through {@code GET /catalogue-events} and as the raw SQL the
 * service runs for them (its page and count queries) on the same PostgreSQL, in the same run, so that the
 * ratio of the two is the cost of the service around the database. Results in a file.
 */
public final class CatalogueSearchBenchmark {

    /** One search: its HTTP query string, and the page and count SQL the service runs for it. */
    private record Search(String name, String query, String pageSql, String countSql) {}

    private final String url = System.getProperty("url", "http://127.0.0.1:8085");
    private final String token = System.getProperty("token");
    private final String jdbc = System.getProperty("jdbc", "jdbc:postgresql://127.0.0.1:15432/oneplan_catalogue");
    private final int year = Integer.getInteger("year", 2027);
    private final int clients = Integer.getInteger("clients", 8);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("seconds", 20));
    private final String loaded = System.getProperty("loaded", "unknown");
    private final Path out =
            Path.of(System.getProperty("out", "deploy/benchmark-results/catalogue-search-benchmark.txt"));
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        new CatalogueSearchBenchmark().run();
    }

    private List<Search> searches() {
        // As the service filters for the caller, Georgia's delegation: the catalogue plus its own offers.
        String visible = "(e.status IN ('APPROVED', 'CANCELLED') OR e.offering_nation = 'GEO')";
        String order = " ORDER BY e.first_start NULLS LAST, lower(e.title), e.id LIMIT 20 OFFSET 0";
        String words = "websearch_to_tsquery('english', '%s')";
        List<Search> all = new ArrayList<>();
        for (String[] text : new String[][] {
            {"crisis management", "crisis+management"}, {"cyber", "cyber"}, {"logistics course", "logistics+course"}
        }) {
            String where = " FROM catalogue_event e WHERE " + visible + " AND e.year = " + year
                    + " AND e.search_text @@ " + String.format(Locale.ROOT, words, text[0]);
            all.add(new Search(
                    "words '" + text[0] + "'",
                    "year=" + year + "&q=" + text[1],
                    "SELECT e.content, ts_rank(e.search_text, " + String.format(Locale.ROOT, words, text[0]) + ")"
                            + where + order,
                    "SELECT count(*)" + where));
        }
        String discipline =
                " FROM catalogue_event e WHERE " + visible + " AND e.year = " + year + " AND e.discipline_code = 'CRM'";
        all.add(new Search(
                "discipline CRM",
                "year=" + year + "&discipline=CRM",
                "SELECT e.content, 0" + discipline + order,
                "SELECT count(*)" + discipline));
        String eligible = " FROM catalogue_event e WHERE " + visible + " AND e.year = " + year
                + " AND e.delivery_method = 'RESIDENT' AND e.eligible_audience ?| ARRAY['EAPC_PFP','OTHERS_AS_APPROVED']";
        all.add(new Search(
                "eligible for GEO, resident",
                "year=" + year + "&eligibleFor=GEO&delivery=RESIDENT",
                "SELECT e.content, 0" + eligible + order,
                "SELECT count(*)" + eligible));
        String dates = " FROM catalogue_event e WHERE " + visible + " AND e.year = " + year
                + " AND e.language = 'english' AND EXISTS (SELECT 1 FROM catalogue_event_iteration i WHERE"
                + " i.event_id = e.id AND i.start_date >= '" + year + "-03-01' AND i.end_date <= '" + year + "-04-30')";
        all.add(new Search(
                "March-April in English",
                "year=" + year + "&language=English&from=" + year + "-03-01&to=" + year + "-04-30",
                "SELECT e.content, 0" + dates + order,
                "SELECT count(*)" + dates));
        return all;
    }

    private void run() throws Exception {
        List<Search> searches = searches();
        for (Search search : searches) {
            // Warm up both paths, and check that they agree on the number of events found.
            int status = http(search);
            if (status != 200) {
                throw new IllegalStateException(search.name() + " answered " + status);
            }
        }
        List<Long> service = drive(index -> http(searches.get(index % searches.size())));
        List<Long> raw;
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(jdbc, "postgres", "postgres"));
        }
        try {
            raw = drive(index -> sql(connections.get(index % clients), searches.get(index % searches.size())));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
        report(searches, service, raw);
    }

    private interface Request {
        int call(int index) throws Exception;
    }

    /** {@code clients} threads, each sending requests one after the other for the duration; their latencies. */
    private List<Long> drive(Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Instant end = Instant.now().plus(duration);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int first = client;
            Callable<List<Long>> loop = () -> {
                List<Long> latencies = new ArrayList<>();
                for (int index = first; Instant.now().isBefore(end); index += clients) {
                    long started = System.nanoTime();
                    request.call(index);
                    latencies.add(System.nanoTime() - started);
                }
                return latencies;
            };
            futures.add(pool.submit(loop));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        Collections.sort(all);
        return all;
    }

    private int http(Search search) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/catalogue-events?" + search.query()))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    private static int sql(Connection connection, Search search) throws Exception {
        int rows = 0;
        for (String query : List.of(search.pageSql(), search.countSql())) {
            try (PreparedStatement statement = connection.prepareStatement(query);
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    result.getString(1);
                    rows++;
                }
            }
        }
        return rows;
    }

    private void report(List<Search> searches, List<Long> service, List<Long> raw) throws Exception {
        double seconds = duration.toMillis() / 1000.0;
        List<String> lines = new ArrayList<>();
        lines.add("OnePlan catalogue search benchmark, " + Instant.now());
        lines.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores; clients: " + clients
                + "; " + searches.size() + " searches in turn over the " + year + " catalogue; "
                + duration.toSeconds() + " s each side");
        lines.add("searches: " + searches.stream().map(Search::name).toList());
        lines.add(String.format(
                Locale.ROOT,
                "GET /catalogue-events: %d in %.0f s (%.0f/s), p50 %.1f ms, p99 %.1f ms",
                service.size(),
                seconds,
                service.size() / seconds,
                percentile(service, 0.5),
                percentile(service, 0.99)));
        lines.add(String.format(
                Locale.ROOT,
                "raw SQL (page + count), same PostgreSQL: %d in %.0f s (%.0f/s), p50 %.1f ms," + " p99 %.1f ms",
                raw.size(),
                seconds,
                raw.size() / seconds,
                percentile(raw, 0.5),
                percentile(raw, 0.99)));
        lines.add(String.format(
                Locale.ROOT,
                "ratio service / raw SQL: p50 %.2f, p99 %.2f (goal <= 2)",
                percentile(service, 0.5) / percentile(raw, 0.5),
                percentile(service, 0.99) / percentile(raw, 0.99)));
        lines.add("time to load the year's catalogue through the command side: " + loaded);
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
