package org.oneplan.deploy.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * The offering institutions of the synthetic catalogue: NATO bodies, a national school in every Ally and
 * Partnership Training and Education Centres in partner nations, each at home in a city of its nation.
 * Mobile training teams travel to the partner capitals listed here.
 */
final class PcmInstitutions {

    /** Who offers, and where. {@code kind} is catalogue-service's InstitutionKind. */
    record Institution(String name, String kind, String nation, String city) {}

    private static final String[][] NATO_BODIES = {
        {"NATO School Oberammergau", "DEU", "Oberammergau"},
        {"NATO Defense College", "ITA", "Rome"},
        {"NATO Communications and Information Academy", "PRT", "Oeiras"},
        {"NATO Maritime Interdiction Operational Training Centre", "GRC", "Souda Bay"},
        {"Joint Warfare Centre", "NOR", "Stavanger"},
        {"Joint Force Training Centre", "POL", "Bydgoszcz"}
    };

    private static final String[][] ALLIES = {
        {"BEL", "Brussels"}, {"CAN", "Kingston"}, {"DNK", "Copenhagen"}, {"FRA", "Paris"}, {"ISL", "Reykjavik"},
        {"ITA", "Rome"}, {"LUX", "Luxembourg"}, {"NLD", "Breda"}, {"NOR", "Oslo"}, {"PRT", "Lisbon"},
        {"GBR", "Shrivenham"}, {"USA", "Garmisch"}, {"GRC", "Athens"}, {"TUR", "Ankara"}, {"DEU", "Hamburg"},
        {"ESP", "Madrid"}, {"CZE", "Brno"}, {"HUN", "Budapest"}, {"POL", "Warsaw"}, {"BGR", "Sofia"},
        {"EST", "Tartu"}, {"LVA", "Riga"}, {"LTU", "Vilnius"}, {"ROU", "Bucharest"}, {"SVK", "Liptovsky Mikulas"},
        {"SVN", "Ljubljana"}, {"ALB", "Tirana"}, {"HRV", "Zagreb"}, {"MNE", "Podgorica"}, {"MKD", "Skopje"},
        {"FIN", "Helsinki"}, {"SWE", "Stockholm"}
    };

    private static final String[][] PTECS = {
        {"Peace Support Operations Training Centre", "BIH", "Sarajevo"},
        {"Georgian Defence Institution Building School", "GEO", "Tbilisi"},
        {"Armenian Peacekeeping Training Centre", "ARM", "Yerevan"},
        {"Austrian Armed Forces International Centre", "AUT", "Götzendorf"},
        {"Swiss Armed Forces International Command", "CHE", "Stans"},
        {"Irish United Nations Training School", "IRL", "Curragh"},
        {"Kazakhstan Peacekeeping Training Centre", "KAZ", "Almaty"},
        {"Moldovan Continuous Training Centre", "MDA", "Chisinau"},
        {"Serbian Peacekeeping Operations Centre", "SRB", "Belgrade"},
        {"Ukrainian Multinational Peacekeeping Centre", "UKR", "Yavoriv"},
        {"Jordan Peace Operations Training Centre", "JOR", "Amman"},
        {"Tunisian Military Academy Partnership Centre", "TUN", "Tunis"},
        {"Qatar Joint Command and Staff College", "QAT", "Doha"}
    };

    /** Partner capitals mobile training teams go to (the partners that may host one). */
    static final String[][] MTT_HOSTS = {
        {"ARM", "Yerevan"}, {"AUT", "Vienna"}, {"AZE", "Baku"}, {"BIH", "Sarajevo"}, {"GEO", "Tbilisi"},
        {"IRL", "Dublin"}, {"KAZ", "Astana"}, {"KGZ", "Bishkek"}, {"MLT", "Valletta"}, {"MDA", "Chisinau"},
        {"SRB", "Belgrade"}, {"CHE", "Bern"}, {"TJK", "Dushanbe"}, {"UKR", "Kyiv"}, {"UZB", "Tashkent"},
        {"DZA", "Algiers"}, {"EGY", "Cairo"}, {"JOR", "Amman"}, {"MRT", "Nouakchott"}, {"MAR", "Rabat"},
        {"TUN", "Tunis"}, {"BHR", "Manama"}, {"KWT", "Kuwait City"}, {"QAT", "Doha"}, {"ARE", "Abu Dhabi"},
        {"AUS", "Canberra"}, {"COL", "Bogota"}, {"IRQ", "Baghdad"}, {"JPN", "Tokyo"}, {"KOR", "Seoul"},
        {"MNG", "Ulaanbaatar"}, {"NZL", "Wellington"}
    };

    private PcmInstitutions() {}

    static List<Institution> natoBodies() {
        return rows(NATO_BODIES, "NATO_BODY", true);
    }

    static List<Institution> nationalSchools() {
        List<Institution> schools = new ArrayList<>();
        for (String[] ally : ALLIES) {
            schools.add(new Institution("National Defence Academy of " + ally[0], "NATIONAL_SCHOOL", ally[0], ally[1]));
        }
        return schools;
    }

    static List<Institution> partnershipCentres() {
        return rows(PTECS, "PTEC", false);
    }

    /** NATO bodies offer as NATO (the staff); their host nation is where they sit. */
    private static List<Institution> rows(String[][] rows, String kind, boolean natoBody) {
        return java.util.Arrays.stream(rows)
                .map(row -> new Institution(row[0], kind, natoBody ? "NATO" : row[1], row[2]))
                .toList();
    }

    /** Where an institution's resident courses take place. */
    static String hostNation(Institution institution) {
        if (!"NATO".equals(institution.nation())) {
            return institution.nation();
        }
        for (String[] body : NATO_BODIES) {
            if (body[0].equals(institution.name())) {
                return body[1];
            }
        }
        throw new IllegalArgumentException(institution.name());
    }
}
