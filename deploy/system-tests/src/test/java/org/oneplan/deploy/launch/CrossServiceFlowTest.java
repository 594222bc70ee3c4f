package org.oneplan.deploy.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oneplan.audit.cli.Inspect;

/**
 * The flows between services through the real components, each service in its own process as in
 * production: partner-service registers and enrols a partner; itpp-service, fed from the partner topic,
 * drafts and approves its ITPP under the silence procedure; parp-service, fed from the ITPP topic, opens
 * the PARP cycle by itself; the package is negotiated and approved; itpp-service, fed from the PARP topic,
 * shows the approved goal and its progress in the ITPP's traceability tree.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossServiceFlowTest {

    private static final Duration SILENCE = Duration.ofSeconds(6);
    private static final Duration WITHIN = Duration.ofSeconds(60);

    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    private static Client as(String service, String role, String nation) {
        return new Client(system.url(service), system.token(role + "." + nation, role, nation));
    }

    private static Client staff(String service) {
        return new Client(system.url(service), system.token("staff.officer", "staff", null));
    }

    @Test
    @Order(1)
    void an_approved_itpp_opens_a_parp_cycle_whose_approved_goals_and_progress_reach_the_itpps_traceability() {
        Client partners = staff("partner-service");
        Client admin = new Client(system.url("partner-service"), system.token("administrator", "admin", null));
        assertThat(admin.post("/allies", Map.of("code", "NOR", "name", "Norway", "accessionDate", "1949-08-24"))
                        .status())
                .isEqualTo(201);
        String georgia = partners.post(
                        "/partners",
                        Map.of(
                                "code", "GEO",
                                "name", "Georgia",
                                "kind", "STATE",
                                "frameworks", List.of("EAPC_PFP"),
                                "membershipActionPlan", false))
                .body()
                .path("id")
                .asText();
        assertThat(partners.change(
                                "POST",
                                "/partners/" + georgia,
                                "/programmes",
                                Map.of("programme", "PARP", "since", "2024-01-01"))
                        .status())
                .isEqualTo(200);

        // itpp-service: drafted once its partner view knows Georgia, then approved under silence.
        Client itpp = staff("itpp-service");
        String[] drafted = new String[1];
        await().atMost(WITHIN).until(() -> {
            Client.Answer answer = itpp.post("/itpps", Map.of("partnerId", georgia, "cycleStartYear", 2026));
            drafted[0] = answer.body().path("id").asText();
            return answer.status() == 201;
        });
        String itppId = drafted[0];
        String document = "/itpps/" + itppId;
        String objective = itpp.change(
                        "POST",
                        document,
                        "/objectives",
                        Map.of("title", "Interoperable forces", "intendedOutcome", "Units meet NATO standards"))
                .body()
                .path("id")
                .asText();
        String itppGoal = itpp.change(
                        "POST",
                        document,
                        "/goals",
                        Map.of(
                                "title", "Deployable battalion",
                                "expectedOutcome", "Certified at level 2",
                                "rationale", "Operations",
                                "objectiveIds", List.of(objective),
                                "milestones", List.of(Map.of("description", "Level 1", "dueDate", "2027-06-30"))))
                .body()
                .path("id")
                .asText();
        assertThat(itpp.change("POST", document, "/submission", Map.of()).status())
                .isEqualTo(200);
        assertThat(as("itpp-service", "partner", "GEO")
                        .post(document + "/partner-agreement", Map.of())
                        .status())
                .isEqualTo(200);
        await().atMost(WITHIN)
                .until(() ->
                        itpp.change("POST", document, "/circulation", silence()).status() == 200);
        await().atMost(WITHIN)
                .until(() -> "APPROVED"
                        .equals(itpp.get(document).body().path("status").asText()));

        // parp-service: cycle 1 opened by the ITPP's approval, as the system actor of that reaction.
        Client parp = staff("parp-service");
        Client georgiaInParp = as("parp-service", "partner", "GEO");
        await().atMost(WITHIN)
                .until(() -> parp.get("/parp-cycles?partner=GEO")
                                .body()
                                .path("total")
                                .asInt()
                        == 1);
        JsonNode opened =
                parp.get("/parp-cycles?partner=GEO").body().path("items").path(0);
        assertThat(opened.path("itppId").asText()).isEqualTo(itppId);
        assertThat(opened.path("startYear").asInt()).isEqualTo(2026);
        String cycle = "/parp-cycles/" + opened.path("id").asText();
        assertThat(parp.get(cycle + "/history").body().path(0).path("actor").asText())
                .isEqualTo("system:reaction:ItppApproved");

        assertThat(parp.change(
                                "POST",
                                cycle,
                                "/survey",
                                Map.of("questionsOfTheCycle", List.of(), "dueDate", "2027-03-31"))
                        .status())
                .isEqualTo(200);
        for (String section : List.of(
                "DEFENCE_POLICY_AND_PLANNING",
                "FORCES_AND_CAPABILITIES_OFFERED",
                "DEFENCE_BUDGET_AND_RESOURCES",
                "INTEROPERABILITY")) {
            assertThat(georgiaInParp
                            .change("PUT", cycle, "/survey/answers/" + section, Map.of("answer", "On " + section))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(georgiaInParp
                        .change("POST", cycle, "/survey/submission", Map.of())
                        .status())
                .isEqualTo(200);
        String parpGoal = parp.change(
                        "POST",
                        cycle,
                        "/goals",
                        Map.of(
                                "code", "G 0101",
                                "title", "Light infantry battalion",
                                "area", "LAND",
                                "description", "A battalion able to operate with Allied forces",
                                "stanags", List.of("STANAG 2116"),
                                "priority", "HIGH",
                                "fromYear", 2026,
                                "toYear", 2028,
                                "itppGoalIds", List.of(itppGoal)))
                .body()
                .path("id")
                .asText();
        assertThat(georgiaInParp
                        .change("POST", cycle, "/goals/" + parpGoal + "/answers", Map.of("answer", "AGREE"))
                        .status())
                .isEqualTo(200);
        assertThat(parp.change("POST", cycle, "/submission", Map.of()).status()).isEqualTo(200);
        assertThat(georgiaInParp.post(cycle + "/partner-agreement", Map.of()).status())
                .isEqualTo(200);
        assertThat(parp.change("POST", cycle, "/circulation", silence()).status())
                .isEqualTo(200);
        await().atMost(WITHIN)
                .until(() ->
                        "APPROVED".equals(parp.get(cycle).body().path("status").asText()));
        assertThat(parp.change(
                                "POST",
                                cycle,
                                "/goals/" + parpGoal + "/progress",
                                Map.of("status", "IN_PROGRESS", "evidence", "Two companies certified"))
                        .status())
                .isEqualTo(200);

        // itpp-service: the PARP goal and its progress under the ITPP goal it serves.
        await().atMost(WITHIN).untilAsserted(() -> {
            JsonNode goal = itpp.get(document + "/traceability")
                    .body()
                    .path("objectives")
                    .path(0)
                    .path("goals")
                    .path(0);
            assertThat(goal.path("id").asText()).isEqualTo(itppGoal);
            assertThat(goal.path("parpGoals").path(0).path("code").asText()).isEqualTo("G 0101");
            assertThat(goal.path("parpGoals").path(0).path("status").asText()).isEqualTo("IN_PROGRESS");
        });

        // Every service's published stream is one unbroken hash chain.
        for (String service : List.of("partner-service", "itpp-service", "parp-service")) {
            JsonNode chain = as(service, "inspector", null).get("/audit/chain").body();
            assertThat(chain.path("intact").asBoolean())
                    .as(service + ": " + chain)
                    .isTrue();
        }
    }

    private static Map<String, String> silence() {
        return Map.of("silenceEnds", Instant.now().plus(SILENCE).toString());
    }

    /**
     * After the flow, an inspector holding only the broker's address and the keys the services published
     * verifies every service's topic and its seals with the inspector's tool, no service asked.
     */
    @Test
    @Order(2)
    void an_inspector_with_only_the_topics_and_the_published_keys_finds_every_stream_intact_and_sealed()
            throws Exception {
        Path keys = Files.createTempFile("oneplan-keys", ".json");
        StringBuilder all = new StringBuilder("[");
        for (String service : system.services()) {
            JsonNode key = new Client(system.url(service), system.token("inspector", "inspector", null))
                    .get("/audit/keys")
                    .body()
                    .path(0);
            all.append(all.length() > 1 ? "," : "").append(key.toString());
        }
        Files.writeString(keys, all.append(']').toString());
        await().atMost(WITHIN).untilAsserted(() -> {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            int status = Inspect.run(
                    new String[] {"verify", "--bootstrap", system.bootstrapServers(), "--keys", keys.toString()},
                    new PrintStream(report, true, StandardCharsets.UTF_8));
            String printed = report.toString(StandardCharsets.UTF_8);
            assertThat(status).as(printed).isZero();
            for (String sealed : List.of("oneplan.partner.events", "oneplan.itpp.events", "oneplan.parp.events")) {
                assertThat(printed).containsPattern(sealed + ": .* seals, sealed to event [1-9]");
            }
        });
    }
}
