package org.oneplan.deploy.launch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.oneplan.infra.JwtSigner;

/**
 * One unit in OCC Evaluation and Feedback: Georgia's light infantry battalion, self-evaluated (SEL1) and
 * evaluated by NATO (NEL1, passed) with feedback, linked to the first goal of Georgia's demo ITPP. The
 * evaluations are recorded only while the unit has none, and a goal linked already stays as it is, so a
 * second start changes nothing.
 */
final class OccDemoData {

    private static final String NATION = "GEO";
    private static final String UNIT = "1st Light Infantry Battalion";
    private static final Duration KNOWN_WITHIN = Duration.ofSeconds(60);

    private final DemoClient assessment;
    private final DemoClient itpp;
    private final JwtSigner signer;
    private final String staff;

    OccDemoData(String assessmentService, String itppService, JwtSigner signer, String staffToken) {
        this.assessment = new DemoClient(assessmentService);
        this.itpp = new DemoClient(itppService);
        this.signer = signer;
        this.staff = staffToken;
    }

    void load() throws IOException, InterruptedException {
        String partner = DemoTokens.partner(signer, NATION);
        declare(partner);
        String unit = "/occ-units/" + unitId();
        JsonNode read = assessment.get(staff, unit + "?minVersion=0");
        if (read != null && read.path("evaluations").isEmpty()) {
            assessment.change(
                    partner, unit, "/evaluations", evaluation("SEL1", "2026-02-10", "National evaluation team"));
            assessment.change(
                    staff, unit, "/evaluations", evaluation("NEL1", "2026-05-20", "JFC Naples evaluation team"));
            assessment.change(
                    staff,
                    unit,
                    "/feedback",
                    Map.of("level", "NEL1", "feedback", "Train the signals platoon on secure tactical radios"));
        }
        boolean linked = linkFirstItppGoal(unit);
        Launcher.log("demo data: OCC unit of " + NATION + " (SEL1 and NEL1 passed)"
                + (linked ? ", linked to a goal of its ITPP" : "; its ITPP goal was not known in time to link"));
    }

    /** assessment-service learns partners from Kafka: an unknown partner (422) is asked again until it is known. */
    private void declare(String partner) throws IOException, InterruptedException {
        Map<String, Object> body = Map.of(
                "partnerId", DemoClient.partnerId(NATION),
                "domain", "LAND",
                "name", UNIT,
                "size", "battalion (about 600)",
                "capability", "Light infantry battalion");
        Instant deadline = Instant.now().plus(KNOWN_WITHIN);
        int status;
        while ((status = assessment.status(partner, "/occ-units", body)) == 422
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        if (status != 201 && status != 409) {
            throw new IOException("declaring the demo OCC unit answered " + status);
        }
    }

    /** Links the ITPP's first goal once assessment-service's ITPP view knows it; false if not within the bound. */
    private boolean linkFirstItppGoal(String unit) throws IOException, InterruptedException {
        JsonNode document = itpp.get(staff, "/itpps/" + itppId());
        if (document == null || document.path("goals").isEmpty()) {
            return false;
        }
        String goal = document.path("goals").get(0).path("id").asText();
        Map<String, Object> body = Map.of("itppId", itppId(), "goalIds", List.of(goal));
        Instant deadline = Instant.now().plus(KNOWN_WITHIN);
        while (assessment.changeStatus(staff, unit, "/goal-links", body) == 422) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(1000);
        }
        return true;
    }

    private static Map<String, Object> evaluation(String level, String on, String evaluator) {
        return Map.of(
                "level",
                level,
                "evaluatedOn",
                on,
                "evaluators",
                List.of(evaluator),
                "ratings",
                List.of(
                        Map.of("criterion", "STANAG 2116 Ranks and insignia", "rating", "INTEROPERABLE"),
                        Map.of("criterion", "Secure tactical communications", "rating", "PARTIALLY_INTEROPERABLE"),
                        Map.of("criterion", "English language proficiency (STANAG 6001)", "rating", "INTEROPERABLE")),
                "result",
                "PASSED");
    }

    /** The unit's id as assessment-service derives it (partner and name). */
    private static UUID unitId() {
        return UUID.nameUUIDFromBytes(
                ("oneplan:occ-unit:" + DemoClient.partnerId(NATION) + ":" + UNIT.toLowerCase(Locale.ROOT))
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Georgia's demo ITPP of the 2025 cycle, derived as itpp-service derives it (see ItppDemoData). */
    private static UUID itppId() {
        return UUID.nameUUIDFromBytes(
                ("oneplan:itpp:" + DemoClient.partnerId(NATION) + ":2025").getBytes(StandardCharsets.UTF_8));
    }
}
