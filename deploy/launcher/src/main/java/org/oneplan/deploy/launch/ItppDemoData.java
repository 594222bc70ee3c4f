package org.oneplan.deploy.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.infra.JwtSigner;

/**
 * ITPPs for several partners at different stages: approved and amended after its mid-term assessment
 * (Georgia), under the silence procedure
 * (Ukraine), back in draft after an Ally broke silence (Jordan), and an early draft (Moldova). Each is
 * made only if its draft is new, so a second start changes nothing.
 */
final class ItppDemoData {

    private static final Duration PARTNERS_ARRIVE_WITHIN = Duration.ofSeconds(90);

    private final DemoClient itpp;
    private final JwtSigner signer;
    private final String staff;

    ItppDemoData(String itppService, JwtSigner signer, String staffToken) {
        this.itpp = new DemoClient(itppService);
        this.signer = signer;
        this.staff = staffToken;
    }

    void load() throws IOException, InterruptedException {
        String georgia = draft("GEO", 2025);
        if (georgia != null) {
            fillAndSubmit(georgia, "Interoperable land forces", "A light infantry battalion certified at NATO level 2");
            itpp.post(partnerToken("GEO"), "/itpps/" + georgia + "/partner-agreement", Map.of());
            // A short silence, so the demo shows an approval within a minute of start; the 2025 cycle is in
            // its year 2 already, so once approved it is amended too (in the background).
            circulate(georgia, Duration.ofSeconds(20));
            Thread amendment = new Thread(() -> amendWhenApproved(georgia), "demo-amendment");
            amendment.setDaemon(true);
            amendment.start();
        }
        String ukraine = draft("UKR", 2025);
        if (ukraine != null) {
            fillAndSubmit(ukraine, "Resilient defence institutions", "Defence planning aligned with NATO standards");
            itpp.post(partnerToken("UKR"), "/itpps/" + ukraine + "/partner-agreement", Map.of());
            circulate(ukraine, Duration.ofDays(14));
        }
        String jordan = draft("JOR", 2025);
        if (jordan != null) {
            fillAndSubmit(jordan, "Maritime security cooperation", "Joint maritime situational awareness");
            circulate(jordan, Duration.ofDays(14));
            itpp.post(
                    signer.token("delegate.fra", "ally", "FRA", "NATO_SECRET", Duration.ofHours(1)),
                    "/itpps/" + jordan + "/objections",
                    Map.of("reason", "Goal 1 needs a measurable outcome"));
        }
        String moldova = draft("MDA", 2026);
        if (moldova != null) {
            objective(moldova, "Strengthened crisis management", "A national crisis management centre in operation");
        }
        Launcher.log(
                "demo data: ITPPs for GEO (approved, then amended after its mid-term assessment, within about two minutes),"
                        + " UKR (under silence),"
                        + " JOR (objection), MDA (draft)");
    }

    /**
     * Georgia's mid-term amendment: opened by itpp-service itself when the mid-term assessment is approved
     * (see {@link AssessmentDemoData}); then a cyber defence objective, approved under a short silence.
     */
    private void amendWhenApproved(String georgia) {
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (!"AMENDING".equals(statusOf(georgia))) {
                if (Instant.now().isAfter(deadline)) {
                    Launcher.log("demo data: Georgia's mid-term assessment opened no amendment in time");
                    return;
                }
                Thread.sleep(1000);
            }
            objective(georgia, "Cyber defence", "A national CERT cooperating with NATO");
            itpp.change(staff, "/itpps/" + georgia, "/submission", Map.of());
            itpp.post(partnerToken("GEO"), "/itpps/" + georgia + "/partner-agreement", Map.of());
            circulate(georgia, Duration.ofSeconds(20));
            Launcher.log(
                    "demo data: Georgia's amendment 1 (from its mid-term assessment) circulated; approved in 20 s");
        } catch (IOException e) {
            Launcher.log("demo data: Georgia's amendment failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String statusOf(String itppId) throws IOException, InterruptedException {
        var document = itpp.get(staff, "/itpps/" + itppId);
        return document == null ? null : document.path("status").asText();
    }

    /**
     * The new ITPP's id, or null when it exists already. itpp-service learns partners from Kafka, so an
     * unknown partner (422) is asked again until the registration has arrived.
     */
    private String draft(String code, int cycle) throws IOException, InterruptedException {
        String partnerId = DemoClient.partnerId(code);
        Map<String, Object> body = Map.of("partnerId", partnerId, "cycleStartYear", cycle);
        Instant deadline = Instant.now().plus(PARTNERS_ARRIVE_WITHIN);
        while (true) {
            int status = itpp.status(staff, "/itpps", body);
            if (status == 201) {
                return UUID.nameUUIDFromBytes(
                                ("oneplan:itpp:" + partnerId + ":" + cycle).getBytes(StandardCharsets.UTF_8))
                        .toString();
            }
            if (status == 409) {
                return null;
            }
            if (status != 422 || Instant.now().isAfter(deadline)) {
                throw new IOException("drafting the demo ITPP of " + code + " answered " + status);
            }
            Thread.sleep(500);
        }
    }

    private String objective(String itppId, String title, String outcome) throws IOException, InterruptedException {
        return itpp.change(staff, "/itpps/" + itppId, "/objectives", Map.of("title", title, "intendedOutcome", outcome))
                .get("id")
                .asText();
    }

    private void fillAndSubmit(String itppId, String objective, String goalOutcome)
            throws IOException, InterruptedException {
        String objectiveId = objective(itppId, objective, goalOutcome);
        itpp.change(
                staff,
                "/itpps/" + itppId,
                "/goals",
                Map.of(
                        "title",
                        goalOutcome,
                        "expectedOutcome",
                        goalOutcome,
                        "rationale",
                        "Agreed priority of the partner and the Allies",
                        "objectiveIds",
                        List.of(objectiveId),
                        "milestones",
                        List.of(
                                Map.of("description", "Self-evaluation completed", "dueDate", "2026-06-30"),
                                Map.of("description", "NATO evaluation completed", "dueDate", "2027-06-30")),
                        "indicators",
                        List.of(
                                Map.of(
                                        "description", "Officers trained to NATO standards",
                                        "unit", "officers",
                                        "baseline", 0,
                                        "baselineYear", 2024,
                                        "target", 120,
                                        "targetYear", 2028,
                                        "sexDisaggregated", true),
                                Map.of(
                                        "description", "Units certified at NATO level 2",
                                        "unit", "units",
                                        "baseline", 0,
                                        "baselineYear", 2024,
                                        "target", 1,
                                        "targetYear", 2027,
                                        "sexDisaggregated", false))));
        itpp.change(staff, "/itpps/" + itppId, "/submission", Map.of());
    }

    private void circulate(String itppId, Duration silence) throws IOException, InterruptedException {
        itpp.change(
                staff,
                "/itpps/" + itppId,
                "/circulation",
                Map.of("silenceEnds", Instant.now().plus(silence).toString()));
    }

    private String partnerToken(String nation) {
        return DemoTokens.partner(signer, nation);
    }
}
