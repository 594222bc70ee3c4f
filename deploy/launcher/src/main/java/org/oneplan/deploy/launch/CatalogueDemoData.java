package org.oneplan.deploy.launch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The Partnership Cooperation Menu's first demo data, through the API: the 37 disciplines (the known codes,
 * then placeholders an administrator renames), a few offering institutions, and a handful of events of the
 * current year: approved ones (one with a second iteration), one declined and Georgia's offer awaiting a
 * decision. The year's catalogue is left unsubmitted, for the README's walk-through. Steps already taken are
 * passed over, so a second start changes nothing.
 */
final class CatalogueDemoData {

    /** The known area codes (2007 list, partial); the rest of the 37 are placeholders. */
    private static final String[][] KNOWN_DISCIPLINES = {
        {"ACD", "Arms control, disarmament and non-proliferation"},
        {"ARM", "Armament cooperation"},
        {"ASM", "Airspace management"},
        {"BSC", "Border security"},
        {"C3", "Consultation, command and control"},
        {"CCMS", "Challenges of modern society"},
        {"CEP", "Civil emergency planning"},
        {"CRM", "Crisis management"},
        {"DEI", "Defence economic issues"},
        {"DPB", "Defence planning, budgeting and resource management"},
        {"DPS", "Defence policy and strategy"},
        {"GEO", "Military geography"},
        {"LT", "Language training"}
    };

    private static final int DISCIPLINES = 37;

    private static final String[][] INSTITUTIONS = {
        {"NATO School Oberammergau", "NATO_BODY", "NATO"},
        {"NATO Defense College", "NATO_BODY", "NATO"},
        {"Norwegian Defence University College", "NATIONAL_SCHOOL", "NOR"},
        {"Partnership for Peace Training Centre Ankara", "PTEC", "TUR"},
        {"Georgian Defence Institution Building School", "PTEC", "GEO"}
    };

    private static final Duration READ_MODELS_WITHIN = Duration.ofSeconds(60);

    private final DemoClient catalogue;
    private final String admin;
    private final String staff;
    private final String ally;
    private final String partner;
    private final int year = LocalDate.now().getYear();

    /** @param ally a Norwegian delegation's token; @param partner Georgia's */
    CatalogueDemoData(String catalogueService, String admin, String staff, String ally, String partner) {
        this.catalogue = new DemoClient(catalogueService);
        this.admin = admin;
        this.staff = staff;
        this.ally = ally;
        this.partner = partner;
    }

    void load() throws IOException, InterruptedException {
        for (String[] discipline : KNOWN_DISCIPLINES) {
            catalogue.post(admin, "/disciplines", Map.of("code", discipline[0], "name", discipline[1], "active", true));
        }
        for (int n = KNOWN_DISCIPLINES.length + 1; n <= DISCIPLINES; n++) {
            catalogue.post(
                    admin,
                    "/disciplines",
                    Map.of(
                            "code",
                            String.format(Locale.ROOT, "D%02d", n),
                            "name",
                            "Discipline " + n + " (to be named)",
                            "active",
                            true));
        }
        for (String[] institution : INSTITUTIONS) {
            catalogue.post(
                    admin,
                    "/offering-institutions",
                    Map.of("name", institution[0], "kind", institution[1], "nation", institution[2]));
        }
        awaitReferenceData();

        String planning = offer(
                staff, "Defence planning and budgeting course", INSTITUTIONS[0][0], "DPB", "DEU", "Oberammergau", 3);
        String crisis = offer(staff, "Crisis management seminar", INSTITUTIONS[1][0], "CRM", "ITA", "Rome", 5);
        String arms = offer(
                ally, "Arms control inspection course (mobile team)", INSTITUTIONS[2][0], "ACD", "GEO", "Tbilisi", 6);
        // Staff offer under NATO bodies only (a national institution's events are its nation's to offer).
        String border = offer(staff, "Border security workshop", INSTITUTIONS[0][0], "BSC", "TUR", "Ankara", 9);
        offer(partner, "Online English for staff officers", INSTITUTIONS[4][0], "LT", null, null, 10);

        for (String approved : List.of(planning, crisis, arms)) {
            catalogue.change(staff, approved, "/approval", Map.of());
        }
        catalogue.change(
                staff, border, "/declination", Map.of("reason", "The Ankara centre offers the same course already"));
        awaitVersion(arms, 1);
        if (catalogue.get(staff, arms).path("iterations").size() < 2) {
            catalogue.change(ally, arms, "/iterations", Map.of("start", year + "-11-02", "end", year + "-11-06"));
        }
        Launcher.log("demo data: 37 disciplines, " + INSTITUTIONS.length
                + " offering institutions, 5 catalogue events for " + year);
    }

    /** Offers an event with one iteration in {@code month}; returns its path. Online when {@code host} is null. */
    private String offer(
            String token, String title, String institution, String discipline, String host, String city, int month)
            throws IOException, InterruptedException {
        String institutionId = id("institution:" + institution.toLowerCase(Locale.ROOT));
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("title", title);
        offer.put("description", title + ": a synthetic description for the demo catalogue.");
        offer.put("institutionId", institutionId);
        offer.put("disciplineCode", discipline);
        offer.put("deliveryMethod", host == null ? "ONLINE_ADL" : "RESIDENT");
        offer.put("hostNation", host);
        offer.put("city", city);
        offer.put("language", "English");
        offer.put("languageLevel", "2-2-2-2");
        offer.put("requiredClearance", "NATO_UNCLASSIFIED");
        offer.put("eligibleAudience", List.of("NATO", "EAPC_PFP", "MD", "ICI", "PARTNERS_ACROSS_THE_GLOBE"));
        offer.put("organiserApprovalNeeded", true);
        offer.put("minSeats", 8);
        offer.put("maxSeats", 30);
        offer.put("feeEuros", 0);
        offer.put("pointOfContact", "registrar@pcm-demo.example");
        LocalDate start = LocalDate.of(year, month, 1);
        catalogue.post(
                token,
                "/catalogue-events",
                Map.of(
                        "year",
                        year,
                        "offer",
                        offer,
                        "iterations",
                        List.of(Map.of(
                                "start",
                                start.toString(),
                                "end",
                                start.plusDays(4).toString()))));
        return "/catalogue-events/"
                + id("contribution:" + year + ":" + institutionId + ":" + title.toLowerCase(Locale.ROOT));
    }

    /** Contributions name disciplines and institutions the service's read models know: wait for them. */
    private void awaitReferenceData() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READ_MODELS_WITHIN);
        while (size("/disciplines") < DISCIPLINES || size("/offering-institutions") < INSTITUTIONS.length) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("demo data: catalogue-service's reference data did not arrive in time");
            }
            Thread.sleep(300);
        }
    }

    private void awaitVersion(String event, long version) throws IOException, InterruptedException {
        catalogue.get(staff, event + "?minVersion=" + version);
    }

    private int size(String path) throws IOException, InterruptedException {
        JsonNode list = catalogue.get(staff, path);
        return list == null ? 0 : list.size();
    }

    /** The ids catalogue-service derives from names (see its CatalogueIds). */
    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("oneplan:" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
