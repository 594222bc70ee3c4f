package org.oneplan.deploy.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the PARP demo data: partnership goals as PARP writes them (a code such as {@code G 0101}, an
 * area, the STANAGs that measure them) and the survey. Illustrative, not any nation's real package.
 */
final class ParpGoals {

    private ParpGoals() {}

    static final List<String> SURVEY_SECTIONS = List.of(
            "DEFENCE_POLICY_AND_PLANNING",
            "FORCES_AND_CAPABILITIES_OFFERED",
            "DEFENCE_BUDGET_AND_RESOURCES",
            "INTEROPERABILITY",
            "QUESTIONS_OF_THE_CYCLE");

    static final List<String> QUESTIONS_OF_THE_CYCLE = List.of(
            "How are lessons from recent operations reflected in your force development plans?",
            "Which units would you offer for NATO-led operations and exercises in the cycle?");

    private static final Map<String, Object> LANGUAGE = goal(
            "G 0101",
            "English language proficiency for multinational posts",
            "TRAINING_AND_EDUCATION",
            "Personnel in posts working with Allied forces reach STANAG 6001 SLP 3-3-3-3; the others in"
                    + " deployable units reach SLP 2-2-2-2.",
            List.of("STANAG 6001"),
            "HIGH",
            2025,
            2027);

    private static final Map<String, Object> RANKS = goal(
            "G 0102",
            "Rank structure and personnel management",
            "DEFENCE_INSTITUTION_BUILDING",
            "Ranks and grades correspond to STANAG 2116; appointment and promotion follow merit-based criteria"
                    + " set in law.",
            List.of("STANAG 2116"),
            "MEDIUM",
            2025,
            2027);

    private static final Map<String, Object> BATTALION = goal(
            "G 0103",
            "Deployable light infantry battalion",
            "LAND",
            "A light infantry battalion, with its staff working in English, evaluated and certified under the"
                    + " Operational Capabilities Concept.",
            List.of("STANAG 2116", "STANAG 6001"),
            "HIGH",
            2026,
            2027);

    private static final Map<String, Object> MEDICAL = goal(
            "G 0201",
            "First aid and basic medical training for all personnel",
            "MEDICAL",
            "Every service member is trained in first aid and basic hygiene; combat lifesavers in each platoon.",
            List.of("STANAG 2122"),
            "HIGH",
            2025,
            2027);

    static final List<Map<String, Object>> ARMENIA = List.of(BATTALION);

    /** The goals of the approved packages (Georgia, Ukraine), in drafting order. */
    static List<Map<String, Object>> approvedPackageOf(String nation) {
        return "GEO".equals(nation) ? List.of(LANGUAGE, RANKS, BATTALION) : List.of(LANGUAGE, MEDICAL);
    }

    static String surveyAnswer(String nation, String section) {
        return switch (section) {
            case "DEFENCE_POLICY_AND_PLANNING" -> "The " + nation + " defence review of 2024 sets the aims.";
            case "FORCES_AND_CAPABILITIES_OFFERED" -> "A light infantry company and a medical team.";
            case "DEFENCE_BUDGET_AND_RESOURCES" -> "Defence spending planned at 2 % of GDP or more.";
            case "INTEROPERABILITY" -> "English training and NATO standards in doctrine and staff procedures.";
            default -> "Lessons identified are fed into the annual force development plan.";
        };
    }

    private static Map<String, Object> goal(
            String code,
            String title,
            String area,
            String description,
            List<String> stanags,
            String priority,
            int fromYear,
            int toYear) {
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("code", code);
        goal.put("title", title);
        goal.put("area", area);
        goal.put("description", description);
        goal.put("stanags", stanags);
        goal.put("priority", priority);
        goal.put("fromYear", fromYear);
        goal.put("toYear", toYear);
        return goal;
    }
}
