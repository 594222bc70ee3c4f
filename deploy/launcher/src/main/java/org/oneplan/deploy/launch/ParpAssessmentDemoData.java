package org.oneplan.deploy.launch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.oneplan.infra.JwtSigner;

/**
 * The demo's PARP and ANP assessments, driven over HTTP like the rest: Georgia's PARP assessment of 2026
 * (every approved goal assessed, the partner's comment, approved under a short silence) once its package is
 * approved, and the annual assessment of Bosnia and Herzegovina's 2025 ANP (agreed, then its discussion at the
 * North Atlantic Council recorded). An assessment is written only while it is an untouched draft, so a
 * second start changes nothing. In the background: both wait for other services' silence procedures.
 */
final class ParpAssessmentDemoData {

    private static final Duration PACKAGE_APPROVED_WITHIN = Duration.ofMinutes(4);
    private static final Duration KNOWN_WITHIN = Duration.ofSeconds(60);
    private static final Duration SILENCE = Duration.ofSeconds(20);

    private final DemoClient assessments;
    private final DemoClient parp;
    private final JwtSigner signer;
    private final String staff;

    ParpAssessmentDemoData(String assessmentService, String parpService, JwtSigner signer, String staffToken) {
        this.assessments = new DemoClient(assessmentService);
        this.parp = new DemoClient(parpService);
        this.signer = signer;
        this.staff = staffToken;
    }

    void load() {
        Thread thread = new Thread(this::assess, "demo-assessments");
        thread.setDaemon(true);
        thread.start();
        Launcher.log("demo data: GEO's PARP assessment and BIH's 2025 ANP assessment follow within minutes");
    }

    private void assess() {
        try {
            anpAssessment();
            parpAssessment();
            Launcher.log("demo data: GEO's PARP assessment circulated; BIH's 2025 ANP assessment agreed and"
                    + " discussed at the NAC");
        } catch (IOException e) {
            Launcher.log("demo data: the assessments failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void parpAssessment() throws IOException, InterruptedException {
        String cycle = approvedCycle("GEO");
        String path = opened(
                "/parp-assessments",
                Map.of("parpCycleId", cycle, "reviewYear", 2026),
                idOf("oneplan:parp-assessment:" + cycle + ":2026:1"));
        JsonNode read = assessments.get(staff, path + "?minVersion=0");
        if (read == null || !read.path("overall").isNull()) {
            return;
        }
        for (JsonNode goal : read.path("goals")) {
            assessments.replace(
                    staff,
                    path,
                    "/goals/" + goal.path("goalId").asText() + "/assessment",
                    Map.of(
                            "status", "IN_PROGRESS",
                            "rating", "ON_TRACK",
                            "justification", "Courses run as planned; first graduates tested"));
        }
        assessments.replace(staff, path, "/overall", Map.of("text", "Steady progress on every goal of the package"));
        assessments.change(staff, path, "/submission", Map.of());
        assessments.post(
                DemoTokens.partner(signer, "GEO"),
                path + "/partner-comments",
                Map.of("comment", "The second language course opens in spring"));
        assessments.change(
                staff,
                path,
                "/circulation",
                Map.of("silenceEnds", Instant.now().plus(SILENCE).toString()));
    }

    private void anpAssessment() throws IOException, InterruptedException {
        String anp =
                idOf("oneplan:anp:" + DemoClient.partnerId("BIH") + ":2025").toString();
        String path = opened("/anp-assessments", Map.of("anpId", anp), idOf("oneplan:anp-assessment:" + anp));
        JsonNode read = assessments.get(staff, path + "?minVersion=0");
        if (read == null
                || !"DRAFT".equals(read.path("status").asText())
                || !read.path("objections").isEmpty()
                || !read.path("chapters").findValues("assessment").stream().allMatch(JsonNode::isNull)) {
            return;
        }
        for (JsonNode chapter : read.path("chapters")) {
            assessments.replace(
                    staff,
                    path,
                    "/chapters/" + chapter.path("chapter").asText(),
                    Map.of("text", "Staff assessment: credible plans; implementation to follow in 2026"));
        }
        assessments.change(staff, path, "/submission", Map.of());
        assessments.change(
                staff,
                path,
                "/circulation",
                Map.of("silenceEnds", Instant.now().plus(SILENCE).toString()));
        awaitStatus(assessments, path, "APPROVED", Duration.ofMinutes(2));
        assessments.replace(
                staff,
                path,
                "/nac-discussion",
                Map.of(
                        "discussedOn",
                        LocalDate.now(ZoneOffset.UTC).toString(),
                        "summary",
                        "The Council welcomed the defence review and asked for the budget plan"));
    }

    /** The partner's PARP cycle 2025-2026 once its package is approved; its id. */
    private String approvedCycle(String nation) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PACKAGE_APPROVED_WITHIN);
        while (true) {
            JsonNode page = parp.get(staff, "/parp-cycles?partner=" + nation + "&startYear=2025");
            if (page != null && page.path("total").asLong() > 0) {
                JsonNode cycle = page.path("items").get(0);
                if ("APPROVED".equals(cycle.path("status").asText())) {
                    Thread.sleep(5000); // the goals' progress follows the approval, and the topic carries both
                    return cycle.path("id").asText();
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("the PARP package of " + nation + " was not approved within " + deadline);
            }
            Thread.sleep(2000);
        }
    }

    /** Opens it (422 while assessment-service has not yet learnt what it assesses; 409 if open); its path. */
    private String opened(String collection, Map<String, ?> body, UUID id) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(KNOWN_WITHIN);
        int status;
        while ((status = assessments.status(staff, collection, body)) == 422
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        if (status != 201 && status != 409) {
            throw new IOException("opening " + collection + " " + body + " answered " + status);
        }
        return collection + "/" + id;
    }

    private void awaitStatus(DemoClient client, String path, String status, Duration within)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!status.equals(client.get(staff, path).path("status").asText())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException(path + " was not " + status + " within " + within);
            }
            Thread.sleep(1000);
        }
    }

    private static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
