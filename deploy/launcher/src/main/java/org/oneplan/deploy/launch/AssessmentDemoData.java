package org.oneplan.deploy.launch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.oneplan.infra.JwtSigner;

/**
 * ITPP assessments: Georgia's mid-term, which opens by itself once Georgia's ITPP is approved (its 2025 cycle
 * is in year 2), is rated, measured and approved under a short silence, and so opens the ITPP's amendment;
 * Ukraine's, opened by hand while its ITPP is still under silence, stays a draft. Steps already taken are
 * passed over, so a second start changes nothing.
 */
final class AssessmentDemoData {

    private static final Duration ITPPS_ARRIVE_WITHIN = Duration.ofSeconds(90);

    private final DemoClient assessment;
    private final JwtSigner signer;
    private final String staff;

    AssessmentDemoData(String assessmentService, JwtSigner signer, String staffToken) {
        this.assessment = new DemoClient(assessmentService);
        this.signer = signer;
        this.staff = staffToken;
    }

    void load() throws IOException, InterruptedException {
        String ukraine = itppId("UKR", 2025);
        Instant deadline = Instant.now().plus(ITPPS_ARRIVE_WITHIN);
        // 422 unknown-itpp until the ITPP topic has reached this service; 409 when it is open already.
        while (assessment.status(staff, "/assessments", Map.of("itppId", ukraine, "kind", "MID_TERM")) == 422) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("demo data: assessment-service never learnt Ukraine's ITPP");
            }
            Thread.sleep(500);
        }
        Thread georgia = new Thread(this::assessGeorgiaWhenOpened, "demo-mid-term");
        georgia.setDaemon(true);
        georgia.start();
        Launcher.log("demo data: mid-term assessments for UKR (draft) and GEO (approved within about two minutes)");
    }

    private void assessGeorgiaWhenOpened() {
        try {
            String itpp = itppId("GEO", 2025);
            String path = "/assessments/" + midTermOf(itpp);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            JsonNode opened;
            while ((opened = assessment.get(staff, path)) == null) {
                if (Instant.now().isAfter(deadline)) {
                    Launcher.log("demo data: Georgia's mid-term assessment did not open in time");
                    return;
                }
                Thread.sleep(1000);
            }
            if (!"DRAFT".equals(opened.path("status").asText())) {
                return;
            }
            for (JsonNode goal : opened.path("goals")) {
                String goalPath = "/goals/" + goal.path("goalId").asText();
                assessment.replace(
                        staff,
                        path,
                        goalPath + "/rating",
                        Map.of(
                                "rating",
                                "PARTIALLY_ON_TRACK",
                                "justification",
                                "Self-evaluation done; NATO evaluation due"));
                measure(itpp, path, goal.path("goalId").asText());
            }
            assessment.replace(
                    staff,
                    path,
                    "/recommendations",
                    Map.of("text", "Add a cyber defence objective for years 3-4, with a national CERT"));
            assessment.change(staff, path, "/submission", Map.of());
            assessment.post(
                    DemoTokens.partner(signer, "GEO"),
                    path + "/partner-comments",
                    Map.of("comment", "Georgia agrees and asks for a NATO cyber advisory visit in year 3"));
            assessment.change(
                    staff,
                    path,
                    "/circulation",
                    Map.of(
                            "silenceEnds",
                            Instant.now().plus(Duration.ofSeconds(20)).toString()));
            Launcher.log("demo data: Georgia's mid-term assessment circulated; approved in 20 s");
        } catch (IOException e) {
            Launcher.log("demo data: Georgia's mid-term assessment failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the goal's indicators measured in years 1-2, as the results framework exports it. */
    private void measure(String itpp, String path, String goalId) throws IOException, InterruptedException {
        JsonNode results = assessment.get(staff, "/itpp-results/" + itpp);
        if (results == null) {
            return;
        }
        for (JsonNode result : results.path("results")) {
            if (!goalId.equals(result.path("goalId").asText())) {
                continue;
            }
            for (JsonNode indicator : result.path("indicators")) {
                Map<String, Object> actual = indicator.path("sexDisaggregated").asBoolean()
                        ? Map.of("value", 46, "women", 14, "men", 32)
                        : Map.of("value", 0);
                assessment.replace(
                        staff,
                        path,
                        "/goals/" + goalId + "/indicators/"
                                + indicator.path("indicatorId").asText() + "/actual",
                        actual);
            }
        }
    }

    private static String itppId(String code, int cycle) {
        return UUID.nameUUIDFromBytes(
                        ("oneplan:itpp:" + DemoClient.partnerId(code) + ":" + cycle).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** As assessment-service derives it: one assessment per ITPP and kind. */
    private static String midTermOf(String itppId) {
        return UUID.nameUUIDFromBytes(
                        ("oneplan:itpp-assessment:" + itppId + ":MID_TERM").getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
