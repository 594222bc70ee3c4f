package org.oneplan.deploy.launch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.infra.JwtSigner;

/**
 * PARP cycles 2025-2026 at different stages: Georgia's (opened by its approved ITPP) and Ukraine's (opened
 * by hand: its ITPP is still under silence) with approved packages and progress, Armenia's in negotiation
 * after the partner asked a change, Serbia's with the survey half answered. A cycle is filled only while
 * nothing has been done in it yet (no survey, no goal), so a second start changes nothing.
 */
final class ParpDemoData {

    /** The first year of the demo ITPPs' cycle: PARP cycle 1 covers its first two years. */
    private static final int START_YEAR = 2025;

    private static final Duration PARTNERS_ARRIVE_WITHIN = Duration.ofSeconds(90);
    /** Georgia's ITPP is approved about 20 s after it is circulated; the reaction follows within seconds. */
    private static final Duration REACTION_WITHIN = Duration.ofMinutes(2);

    private static final Duration SILENCE = Duration.ofSeconds(20);
    private static final Duration APPROVED_WITHIN = Duration.ofMinutes(2);

    private final DemoClient parp;
    private final DemoClient itpp;
    private final JwtSigner signer;
    private final String staff;

    ParpDemoData(String parpService, String itppService, JwtSigner signer, String staffToken) {
        this.parp = new DemoClient(parpService);
        this.itpp = new DemoClient(itppService);
        this.signer = signer;
        this.staff = staffToken;
    }

    void load() throws IOException, InterruptedException {
        String armenia = openByHand("ARM", null);
        if (untouched(armenia)) {
            String goal = draft(armenia, ParpGoals.ARMENIA.get(0));
            answer(
                    "ARM",
                    armenia,
                    goal,
                    "REQUEST_CHANGE",
                    "Move the target to 2028: the national language" + " training centre opens only in 2026");
        }
        String serbia = openByHand("SRB", null);
        if (untouched(serbia)) {
            issueSurvey(serbia);
            saveAnswer("SRB", serbia, "DEFENCE_POLICY_AND_PLANNING", "The Defence Strategy of 2025 sets the aims");
            saveAnswer("SRB", serbia, "DEFENCE_BUDGET_AND_RESOURCES", "2.1 % of GDP in 2025, rising to 2.3 % in 2026");
        }
        // The approved packages wait for silence deadlines (and Georgia's for its ITPP's approval): in the
        // background, so that the system is ready meanwhile.
        Thread packages = new Thread(this::approvedPackages, "demo-parp-packages");
        packages.setDaemon(true);
        packages.start();
        Launcher.log("demo data: PARP cycles for ARM (change asked on a goal), SRB (survey in progress); GEO's"
                + " (opened by its ITPP's approval) and UKR's packages approved with progress within two minutes");
    }

    private void approvedPackages() {
        try {
            String ukraine = openByHand("UKR", itppId("UKR"));
            List<String> ukraineGoals = untouched(ukraine) ? negotiateAndCirculate("UKR", ukraine) : List.of();
            String georgia = openedByItpp("GEO");
            List<String> georgiaGoals = untouched(georgia) ? negotiateAndCirculate("GEO", georgia) : List.of();
            recordProgressWhenApproved(ukraine, ukraineGoals);
            recordProgressWhenApproved(georgia, georgiaGoals);
            Launcher.log("demo data: PARP packages of GEO and UKR approved, with progress");
        } catch (IOException e) {
            Launcher.log("demo data: the PARP packages of GEO and UKR failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Survey, goals agreed (one after a change the partner asked), package agreed, circulated; the goals' ids. */
    private List<String> negotiateAndCirculate(String nation, String cycle) throws IOException, InterruptedException {
        issueSurvey(cycle);
        for (String section : ParpGoals.SURVEY_SECTIONS) {
            saveAnswer(nation, cycle, section, ParpGoals.surveyAnswer(nation, section));
        }
        parp.change(partnerToken(nation), cycle(cycle), "/survey/submission", Map.of());
        List<String> goals = new ArrayList<>();
        List<String> served = itppGoals(nation);
        for (Map<String, Object> terms : ParpGoals.approvedPackageOf(nation)) {
            Map<String, Object> serving = new LinkedHashMap<>(terms);
            serving.put("itppGoalIds", served);
            goals.add(draft(cycle, serving));
        }
        String last = goals.get(goals.size() - 1);
        answer(nation, cycle, last, "REQUEST_CHANGE", "One more year: the target year should be 2028");
        Map<String, Object> revised =
                new LinkedHashMap<>(ParpGoals.approvedPackageOf(nation).get(goals.size() - 1));
        revised.put("toYear", 2028);
        revised.put("itppGoalIds", served);
        parp.replace(staff, cycle(cycle), "/goals/" + last, revised);
        for (String goal : goals) {
            answer(nation, cycle, goal, "AGREE", null);
        }
        parp.change(staff, cycle(cycle), "/submission", Map.of());
        parp.post(partnerToken(nation), cycle(cycle) + "/partner-agreement", Map.of());
        parp.change(
                staff,
                cycle(cycle),
                "/circulation",
                Map.of("silenceEnds", Instant.now().plus(SILENCE).toString()));
        return goals;
    }

    private void recordProgressWhenApproved(String cycle, List<String> goals) throws IOException, InterruptedException {
        if (goals.isEmpty()) {
            return;
        }
        Instant deadline = Instant.now().plus(APPROVED_WITHIN);
        while (!"APPROVED".equals(parp.get(staff, cycle(cycle)).path("status").asText())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("PARP cycle " + cycle + " was not approved within " + APPROVED_WITHIN);
            }
            Thread.sleep(1000);
        }
        parp.change(
                staff,
                cycle(cycle),
                "/goals/" + goals.get(0) + "/progress",
                Map.of("status", "IN_PROGRESS", "evidence", "First course graduates tested at STANAG 6001 level 2"));
    }

    /** The cycle the partner's approved ITPP opened; opened by hand if the reaction did not within the bound. */
    private String openedByItpp(String nation) throws IOException, InterruptedException {
        String cycle = listed(nation, REACTION_WITHIN);
        if (cycle != null) {
            return cycle;
        }
        Launcher.log("demo data: no PARP cycle of " + nation + " opened by its ITPP; opening it by hand");
        return openByHand(nation, itppId(nation));
    }

    /**
     * Opens the partner's cycle by hand (a 409 means it is open already) and reads its id from the list.
     * parp-service learns partners from Kafka, so an unknown partner (422) is asked again until it has.
     */
    private String openByHand(String nation, UUID itppId) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", DemoClient.partnerId(nation));
        body.put("startYear", START_YEAR);
        if (itppId != null) {
            body.put("itppId", itppId);
        }
        Instant deadline = Instant.now().plus(PARTNERS_ARRIVE_WITHIN);
        int status;
        while ((status = parp.status(staff, "/parp-cycles", body)) == 422
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        if (status != 201 && status != 409) {
            throw new IOException("opening the demo PARP cycle of " + nation + " answered " + status);
        }
        String cycle = listed(nation, Duration.ofSeconds(30));
        if (cycle == null) {
            throw new IOException("the PARP cycle of " + nation + " did not reach the list");
        }
        return cycle;
    }

    /** The id of the partner's cycle as the service derived it, once its list shows it; null if not within. */
    private String listed(String nation, Duration within) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            JsonNode page = parp.get(staff, "/parp-cycles?partner=" + nation + "&startYear=" + START_YEAR);
            if (page != null && page.path("total").asLong() > 0) {
                return page.path("items").get(0).path("id").asText();
            }
            if (Instant.now().isAfter(deadline)) {
                return null;
            }
            Thread.sleep(1000);
        }
    }

    /** Nothing done in the cycle yet: the demo story has not been loaded into it. */
    private boolean untouched(String cycle) throws IOException, InterruptedException {
        JsonNode read = parp.get(staff, cycle(cycle) + "?minVersion=0");
        return read != null
                && "NOT_ISSUED".equals(read.path("survey").path("status").asText())
                && read.path("goals").isEmpty();
    }

    private void issueSurvey(String cycle) throws IOException, InterruptedException {
        parp.change(
                staff,
                cycle(cycle),
                "/survey",
                Map.of(
                        "questionsOfTheCycle",
                        ParpGoals.QUESTIONS_OF_THE_CYCLE,
                        "dueDate",
                        LocalDate.now().plusMonths(3).toString()));
    }

    private void saveAnswer(String nation, String cycle, String section, String answer)
            throws IOException, InterruptedException {
        parp.replace(partnerToken(nation), cycle(cycle), "/survey/answers/" + section, Map.of("answer", answer));
    }

    private String draft(String cycle, Map<String, Object> terms) throws IOException, InterruptedException {
        return parp.change(staff, cycle(cycle), "/goals", terms).path("id").asText();
    }

    private void answer(String nation, String cycle, String goal, String answer, String text)
            throws IOException, InterruptedException {
        parp.change(
                partnerToken(nation),
                cycle(cycle),
                "/goals/" + goal + "/answers",
                text == null ? Map.of("answer", answer) : Map.of("answer", answer, "text", text));
    }

    private static String cycle(String id) {
        return "/parp-cycles/" + id;
    }

    /** The partnership goals of the partner's demo ITPP, which its PARP goals serve (traceability). */
    private List<String> itppGoals(String nation) throws IOException, InterruptedException {
        JsonNode document = itpp.get(staff, "/itpps/" + itppId(nation));
        List<String> goals = new ArrayList<>();
        if (document != null) {
            document.path("goals").forEach(goal -> goals.add(goal.path("id").asText()));
        }
        return goals;
    }

    /** The demo ITPP of the partner's 2025 cycle, derived as itpp-service derives it (see ItppDemoData). */
    private static UUID itppId(String nation) {
        return UUID.nameUUIDFromBytes(
                ("oneplan:itpp:" + DemoClient.partnerId(nation) + ":" + START_YEAR).getBytes(StandardCharsets.UTF_8));
    }

    private String partnerToken(String nation) {
        return DemoTokens.partner(signer, nation);
    }
}
