package org.oneplan.deploy.launch;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.oneplan.deploy.launch.PcmInstitutions.Institution;

/**
 * A synthetic, deterministic Partnership Cooperation Menu of one year: the same seed and year give the same
 * events, titles, places and dates on every machine, so a demo and a benchmark are comparable across runs.
 * Events are spread evenly over the 37 disciplines; NATO bodies, national schools and partnership centres
 * offer them; mobile training teams travel to partner capitals, so that the year has 50+ host nations.
 */
final class PcmYear {

    /** One generated event: who offers it, and the body catalogue-service's POST /catalogue-events takes. */
    record GeneratedEvent(Institution institution, String title, Map<String, Object> offer, List<LocalDate> starts) {}

    private static final String[] LEVELS = {"Introductory", "Advanced", "Senior", "Practitioner", "Executive"};
    private static final String[] RESIDENT_FORMATS = {"Course", "Seminar", "Workshop", "Exercise"};

    private final int year;
    private final Random random;
    private final List<Institution> natoBodies = PcmInstitutions.natoBodies();
    private final List<Institution> schools = PcmInstitutions.nationalSchools();
    private final List<Institution> centres = PcmInstitutions.partnershipCentres();
    private final Set<String> titles = new HashSet<>();

    PcmYear(int year, long seed) {
        this.year = year;
        this.random = new Random(seed);
    }

    static List<Institution> institutions() {
        List<Institution> all = new ArrayList<>(PcmInstitutions.natoBodies());
        all.addAll(PcmInstitutions.nationalSchools());
        all.addAll(PcmInstitutions.partnershipCentres());
        return all;
    }

    List<GeneratedEvent> events(int count) {
        List<String> codes = PcmTopics.codes();
        List<GeneratedEvent> events = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            events.add(event(codes.get(n % codes.size()), PcmTopics.subjects(n % codes.size())));
        }
        return events;
    }

    private GeneratedEvent event(String discipline, List<String> subjects) {
        Institution institution = institution();
        String delivery = pick(new String[] {
            "RESIDENT",
            "RESIDENT",
            "RESIDENT",
            "MOBILE_TRAINING_TEAM",
            "ONLINE_ADL",
            "RESIDENT",
            "BLENDED",
            "MOBILE_TRAINING_TEAM",
            "RESIDENT",
            "ONLINE_ADL"
        });
        String level = pick(LEVELS);
        String title =
                uniqueTitle(institution, level + " " + pick(subjects.toArray(String[]::new)) + " " + format(delivery));
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("title", title);
        offer.put(
                "description",
                title + " for officers and civilian officials of Allied and partner nations, " + "offered by the "
                        + institution.name() + ".");
        offer.put("institutionId", CatalogueDemoIds.institution(institution.name()));
        offer.put("disciplineCode", discipline);
        offer.put("deliveryMethod", delivery);
        String[] place = place(institution, delivery);
        offer.put("hostNation", place[0]);
        offer.put("city", place[1]);
        offer.put("language", pick(new String[] {"English", "English", "English", "English", "French", "Russian"}));
        offer.put("languageLevel", "Senior".equals(level) || "Executive".equals(level) ? "3-3-3-3" : "2-2-2-2");
        offer.put("requiredClearance", random.nextInt(100) < 85 ? "NATO_UNCLASSIFIED" : "NATO_RESTRICTED");
        offer.put("eligibleAudience", audience());
        offer.put("organiserApprovalNeeded", random.nextBoolean());
        int minSeats = 6 + random.nextInt(7);
        offer.put("minSeats", minSeats);
        offer.put("maxSeats", minSeats + 10 + random.nextInt(25));
        offer.put(
                "feeEuros",
                random.nextInt(100) < 80 ? BigDecimal.ZERO : BigDecimal.valueOf(150 + 50L * random.nextInt(22)));
        offer.put("pointOfContact", "registrar@pcm-demo.example");
        return new GeneratedEvent(institution, title, offer, starts());
    }

    private Institution institution() {
        int roll = random.nextInt(100);
        List<Institution> from = roll < 35 ? natoBodies : roll < 80 ? schools : centres;
        return from.get(random.nextInt(from.size()));
    }

    private String format(String delivery) {
        return switch (delivery) {
            case "MOBILE_TRAINING_TEAM" -> "Mobile Training Team";
            case "ONLINE_ADL" -> "Online Course";
            case "BLENDED" -> "Blended Course";
            default -> pick(RESIDENT_FORMATS);
        };
    }

    /** Contributions are named by institution and title: a title an institution already offers gets a number. */
    private String uniqueTitle(Institution institution, String base) {
        String unique = base;
        for (int n = 2; !titles.add(institution.name() + "|" + unique); n++) {
            unique = base + " " + n;
        }
        return unique;
    }

    private String[] place(Institution institution, String delivery) {
        if ("ONLINE_ADL".equals(delivery)) {
            return new String[] {null, null};
        }
        if ("MOBILE_TRAINING_TEAM".equals(delivery)) {
            return PcmInstitutions.MTT_HOSTS[random.nextInt(PcmInstitutions.MTT_HOSTS.length)];
        }
        return new String[] {PcmInstitutions.hostNation(institution), institution.city()};
    }

    private List<String> audience() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return List.of("NATO", "EAPC_PFP", "MD", "ICI", "PARTNERS_ACROSS_THE_GLOBE");
        }
        if (roll < 60) {
            return List.of("NATO", "EAPC_PFP", "MD", "ICI", "PARTNERS_ACROSS_THE_GLOBE", "OTHERS_AS_APPROVED");
        }
        if (roll < 80) {
            return List.of("NATO", "EAPC_PFP");
        }
        return roll < 90 ? List.of("NATO", "MD", "ICI") : List.of("NATO", "PARTNERS_ACROSS_THE_GLOBE");
    }

    /** One to three runs, each starting on a Monday between the second and the fiftieth week. */
    private List<LocalDate> starts() {
        int roll = random.nextInt(100);
        int runs = roll < 70 ? 1 : roll < 92 ? 2 : 3;
        LocalDate firstMonday = LocalDate.of(year, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        TreeSet<LocalDate> starts = new TreeSet<>();
        while (starts.size() < runs) {
            starts.add(firstMonday.plusWeeks(1 + random.nextInt(48)));
        }
        return List.copyOf(starts);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
