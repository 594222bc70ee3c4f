package org.oneplan.deploy.launch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.oneplan.deploy.launch.PcmInstitutions.Institution;
import org.oneplan.deploy.launch.PcmYear.GeneratedEvent;
import org.oneplan.infra.JwtSigner;

/**
 * Loads the synthetic catalogue of a year ({@link PcmYear}) through catalogue-service's API, as the
 * institutions' nations would: the institutions, then every event offered by its institution's nation (NATO
 * bodies by the staff) and approved by the staff. A few clients at a time, as a busy catalogue office would;
 * steps already taken are passed over, so a second start changes nothing.
 */
final class PcmYearDemoData {

    /** The seed of the demo catalogue: change it and every title, place and date changes. */
    static final long SEED = 1_400L;

    private static final int CLIENTS = 4;
    private static final Duration READ_MODELS_WITHIN = Duration.ofSeconds(60);

    private final DemoClient catalogue;
    private final JwtSigner signer;
    private final String admin;
    private final String staff;
    private final int year;
    private final int events;

    PcmYearDemoData(String catalogueService, JwtSigner signer, String admin, String staff, int year, int events) {
        this.catalogue = new DemoClient(catalogueService);
        this.signer = signer;
        this.admin = admin;
        this.staff = staff;
        this.year = year;
        this.events = events;
    }

    /**
     * The year whose nominations are open: the catalogue of a year is published in the autumn before it, so
     * from October the demo's big catalogue is next year's.
     */
    static int nominationYear(LocalDate today) {
        return today.plusMonths(3).getYear();
    }

    void load() throws Exception {
        Instant started = Instant.now();
        List<Institution> institutions = PcmYear.institutions();
        for (Institution institution : institutions) {
            catalogue.post(
                    admin,
                    "/offering-institutions",
                    Map.of("name", institution.name(), "kind", institution.kind(), "nation", institution.nation()));
        }
        awaitInstitutions(institutions.stream().map(Institution::name).toList());
        List<GeneratedEvent> generated = new PcmYear(year, SEED).events(events);
        inParallel(generated, this::offer);
        inParallel(generated, this::approve);
        Launcher.log("demo data: the " + year + " catalogue, " + generated.size() + " events by "
                + institutions.size() + " institutions, loaded in "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
    }

    private void offer(GeneratedEvent event) throws IOException, InterruptedException {
        List<Map<String, String>> iterations = event.starts().stream()
                .map(start -> Map.of(
                        "start", start.toString(), "end", start.plusDays(4).toString()))
                .toList();
        catalogue.post(
                tokenOf(event.institution()),
                "/catalogue-events",
                Map.of("year", year, "offer", event.offer(), "iterations", iterations));
    }

    private void approve(GeneratedEvent event) throws IOException, InterruptedException {
        String id = CatalogueDemoIds.contribution(year, (String) event.offer().get("institutionId"), event.title());
        catalogue.change(staff, "/catalogue-events/" + id, "/approval", Map.of());
    }

    /** The institution's nation offers its events; the staff offer NATO bodies'. */
    private String tokenOf(Institution institution) {
        return switch (institution.kind()) {
            case "NATO_BODY" -> staff;
            case "NATIONAL_SCHOOL" -> DemoTokens.ally(signer, institution.nation());
            default -> DemoTokens.partner(signer, institution.nation());
        };
    }

    private interface Step {
        void run(GeneratedEvent event) throws IOException, InterruptedException;
    }

    private static void inParallel(List<GeneratedEvent> events, Step step) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (GeneratedEvent event : events) {
                done.add(clients.submit(() -> {
                    step.run(event);
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Contributions name institutions the service's read model knows: wait for every one. */
    private void awaitInstitutions(List<String> names) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READ_MODELS_WITHIN);
        while (!known(names)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("demo data: catalogue-service's institutions did not arrive in time");
            }
            Thread.sleep(300);
        }
    }

    private boolean known(List<String> names) throws IOException, InterruptedException {
        java.util.Set<String> known = new java.util.HashSet<>();
        catalogue
                .get(staff, "/offering-institutions")
                .forEach(entry -> known.add(entry.path("name").asText()));
        return known.containsAll(names);
    }
}
