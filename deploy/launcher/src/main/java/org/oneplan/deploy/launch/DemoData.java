package org.oneplan.deploy.launch;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the public NATO lists (the public NATO pages on partnerships) through the API, so the demo data are events like any
 * other. Loading twice changes nothing (see {@link DemoClient}).
 */
final class DemoData {

    private final DemoClient partnerService;
    private final String adminToken;
    private final String staffToken;

    DemoData(String partnerService, String adminToken, String staffToken) {
        this.partnerService = new DemoClient(partnerService);
        this.adminToken = adminToken;
        this.staffToken = staffToken;
    }

    void load() throws IOException, InterruptedException {
        int allies = 0;
        for (String[] ally : ALLIES) {
            post(adminToken, "/allies", Map.of("code", ally[0], "name", ally[1], "accessionDate", ally[2]));
            allies++;
        }
        int partners = 0;
        for (String[] partner : PARTNERS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", partner[0]);
            body.put("name", partner[1]);
            body.put("kind", partner[2]);
            body.put("frameworks", partner[3].isEmpty() ? List.of() : List.of(partner[3].split(",")));
            body.put("membershipActionPlan", "MAP".equals(partner[4]));
            post(staffToken, "/partners", body);
            partners++;
        }
        for (String code : List.of("GEO", "UKR", "ARM", "AZE", "BIH", "MDA", "SRB", "AUT", "CHE", "IRL")) {
            change(partner(code), "/programmes", Map.of("programme", "PARP", "since", "2024-01-01"));
        }
        change(partner("BIH"), "/programmes", Map.of("programme", "ANP", "since", "2024-01-01"));
        change(
                partner("JOR"),
                "/programmes",
                Map.of(
                        "programme",
                        "PARP",
                        "since",
                        "2024-01-01",
                        "nacDecision",
                        Map.of("reference", "DEMO-NAC-DECISION-1", "decidedOn", "2023-12-01")));
        change(partner("GEO"), "/programmes", Map.of("programme", "PDP", "since", "2024-01-01"));
        change(partner("UKR"), "/programmes", Map.of("programme", "PDP", "since", "2024-01-01"));
        change(
                partner("RUS"),
                "/suspension",
                Map.of(
                        "reason",
                        "The North Atlantic Council suspended all practical civilian and military cooperation",
                        "effectiveOn",
                        "2014-04-01"));
        change(
                partner("BLR"),
                "/suspension",
                Map.of("reason", "Cooperation suspended (demo data; date illustrative)", "effectiveOn", "2022-03-01"));
        Launcher.log("demo data: " + allies + " Allies, " + partners + " partners");
    }

    private static String partner(String code) {
        return "/partners/" + DemoClient.partnerId(code);
    }

    private void post(String token, String path, Map<String, ?> body) throws IOException, InterruptedException {
        partnerService.post(token, path, body);
    }

    /** Staff change an existing partner (with If-Match, see {@link DemoClient#change}). */
    private void change(String partner, String action, Map<String, ?> body) throws IOException, InterruptedException {
        partnerService.change(staffToken, partner, action, body);
    }

    /** The Allies with their accession dates (NATO's public member list). */
    private static final String[][] ALLIES = {
        {"BEL", "Belgium", "1949-04-04"},
        {"CAN", "Canada", "1949-04-04"},
        {"DNK", "Denmark", "1949-04-04"},
        {"FRA", "France", "1949-04-04"},
        {"ISL", "Iceland", "1949-04-04"},
        {"ITA", "Italy", "1949-04-04"},
        {"LUX", "Luxembourg", "1949-04-04"},
        {"NLD", "Netherlands", "1949-04-04"},
        {"NOR", "Norway", "1949-04-04"},
        {"PRT", "Portugal", "1949-04-04"},
        {"GBR", "United Kingdom", "1949-04-04"},
        {"USA", "United States", "1949-04-04"},
        {"GRC", "Greece", "1952-02-18"},
        {"TUR", "Türkiye", "1952-02-18"},
        {"DEU", "Germany", "1955-05-06"},
        {"ESP", "Spain", "1982-05-30"},
        {"CZE", "Czechia", "1999-03-12"},
        {"HUN", "Hungary", "1999-03-12"},
        {"POL", "Poland", "1999-03-12"},
        {"BGR", "Bulgaria", "2004-03-29"},
        {"EST", "Estonia", "2004-03-29"},
        {"LVA", "Latvia", "2004-03-29"},
        {"LTU", "Lithuania", "2004-03-29"},
        {"ROU", "Romania", "2004-03-29"},
        {"SVK", "Slovakia", "2004-03-29"},
        {"SVN", "Slovenia", "2004-03-29"},
        {"ALB", "Albania", "2009-04-01"},
        {"HRV", "Croatia", "2009-04-01"},
        {"MNE", "Montenegro", "2017-06-05"},
        {"MKD", "North Macedonia", "2020-03-27"},
        {"FIN", "Finland", "2023-04-04"},
        {"SWE", "Sweden", "2024-03-07"},
    };

    private static final String PFP = "EAPC_PFP";
    private static final String MD = "MEDITERRANEAN_DIALOGUE";
    private static final String ICI = "ISTANBUL_COOPERATION_INITIATIVE";
    private static final String GLOBAL = "PARTNERS_ACROSS_THE_GLOBE";
    private static final String STATE = "STATE";

    /** code, name, kind, frameworks, "MAP" for Membership Action Plan countries. */
    private static final String[][] PARTNERS = {
        {"ARM", "Armenia", STATE, PFP, ""},
        {"AUT", "Austria", STATE, PFP, ""},
        {"AZE", "Azerbaijan", STATE, PFP, ""},
        {"BLR", "Belarus", STATE, PFP, ""},
        {"BIH", "Bosnia and Herzegovina", STATE, PFP, "MAP"},
        {"GEO", "Georgia", STATE, PFP, ""},
        {"IRL", "Ireland", STATE, PFP, ""},
        {"KAZ", "Kazakhstan", STATE, PFP, ""},
        {"KGZ", "Kyrgyz Republic", STATE, PFP, ""},
        {"MLT", "Malta", STATE, PFP, ""},
        {"MDA", "Moldova", STATE, PFP, ""},
        {"RUS", "Russia", STATE, PFP, ""},
        {"SRB", "Serbia", STATE, PFP, ""},
        {"CHE", "Switzerland", STATE, PFP, ""},
        {"TJK", "Tajikistan", STATE, PFP, ""},
        {"TKM", "Turkmenistan", STATE, PFP, ""},
        {"UKR", "Ukraine", STATE, PFP, ""},
        {"UZB", "Uzbekistan", STATE, PFP, ""},
        {"DZA", "Algeria", STATE, MD, ""},
        {"EGY", "Egypt", STATE, MD, ""},
        {"ISR", "Israel", STATE, MD, ""},
        {"JOR", "Jordan", STATE, MD, ""},
        {"MRT", "Mauritania", STATE, MD, ""},
        {"MAR", "Morocco", STATE, MD, ""},
        {"TUN", "Tunisia", STATE, MD, ""},
        {"BHR", "Bahrain", STATE, ICI, ""},
        {"KWT", "Kuwait", STATE, ICI, ""},
        {"QAT", "Qatar", STATE, ICI, ""},
        {"ARE", "United Arab Emirates", STATE, ICI, ""},
        {"AUS", "Australia", STATE, GLOBAL, ""},
        {"COL", "Colombia", STATE, GLOBAL, ""},
        {"IRQ", "Iraq", STATE, GLOBAL, ""},
        {"JPN", "Japan", STATE, GLOBAL, ""},
        {"KOR", "Republic of Korea", STATE, GLOBAL, ""},
        {"MNG", "Mongolia", STATE, GLOBAL, ""},
        {"NZL", "New Zealand", STATE, GLOBAL, ""},
        {"PAK", "Pakistan", STATE, GLOBAL, ""},
        {"UN", "United Nations", "INTERNATIONAL_ORGANISATION", "", ""},
    };
}
