package org.oneplan.itpp.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.oneplan.itpp.rest.ItppApi.approve;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;
import org.oneplan.platform.testing.OtherServiceTopic;
import org.oneplan.platform.testing.TestTokens;

/**
 * parp-service's approved packages and goal progress, arriving as CloudEvents on
 * {@code oneplan.parp.events}, place PARP goals under the ITPP goals they serve in the traceability tree.
 */
@QuarkusTest
class ParpTraceabilityTest extends ItppHttpTest {

    private static final String PARP_CYCLE = "ParpCycle";

    @Test
    void approved_parp_goals_appear_under_the_itpp_goal_they_serve_with_their_latest_status() {
        UUID ukraine = PartnerTopic.registerPartner(kafka, "UKR");
        int cycle = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        String itpp = draftWhenPartnerKnown(ukraine, cycle);
        UUID itppGoal = UUID.fromString(approve(itpp, cycle, "UKR", clock));
        UUID parpCycle = UUID.randomUUID();
        UUID parpGoal = UUID.randomUUID();
        // A cycle opened by hand without an ITPP, whose records the projection reads before the other
        // cycle's: its goal is traced nowhere and its progress is skipped, not parked.
        UUID cycleWithoutItpp = Stream.generate(UUID::randomUUID)
                .filter(id -> OtherServiceTopic.of(kafka, "parp").samePartition(id, parpCycle))
                .findFirst()
                .orElseThrow();
        UUID untracedGoal = UUID.randomUUID();

        publish(cycleWithoutItpp, 0, new ParpCycleOpenedEvent(cycleWithoutItpp, ukraine, "UKR", cycle, null));
        publish(cycleWithoutItpp, 1, approval(cycleWithoutItpp, ukraine, null, untracedGoal, itppGoal, cycle));
        publish(
                cycleWithoutItpp,
                2,
                new ParpGoalProgressRecordedEvent(
                        cycleWithoutItpp,
                        untracedGoal,
                        ImplementationStatus.IN_PROGRESS,
                        "Started",
                        LocalDate.of(cycle, 5, 2)));
        publish(parpCycle, 0, new ParpCycleOpenedEvent(parpCycle, ukraine, "UKR", cycle, UUID.fromString(itpp)));
        publish(parpCycle, 1, approval(parpCycle, ukraine, UUID.fromString(itpp), parpGoal, itppGoal, cycle));

        String parpGoals = "objectives[0].goals[0].parpGoals";
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("UKR"))
                        .get("/itpps/" + itpp + "/traceability")
                        .then()
                        .statusCode(200)
                        .body("objectives[0].goals[0].id", equalTo(itppGoal.toString()))
                        .body(parpGoals, hasSize(1))
                        .body(parpGoals + "[0].id", equalTo(parpGoal.toString()))
                        .body(parpGoals + "[0].parpCycleId", equalTo(parpCycle.toString()))
                        .body(parpGoals + "[0].code", equalTo("G 0101"))
                        .body(parpGoals + "[0].title", equalTo("Deployable logistics"))
                        .body(parpGoals + "[0].area", equalTo("LOGISTICS"))
                        .body(parpGoals + "[0].fromYear", equalTo(cycle))
                        .body(parpGoals + "[0].toYear", equalTo(cycle + 1))
                        .body(parpGoals + "[0].status", nullValue())
                        .body(parpGoals + "[0].statusRecordedOn", nullValue()));

        publish(
                parpCycle,
                2,
                new ParpGoalProgressRecordedEvent(
                        parpCycle,
                        parpGoal,
                        ImplementationStatus.IN_PROGRESS,
                        "Depot built",
                        LocalDate.of(cycle, 6, 1)));
        publish(
                parpCycle,
                3,
                new ParpGoalProgressRecordedEvent(
                        parpCycle,
                        parpGoal,
                        ImplementationStatus.IMPLEMENTED,
                        "Exercise report",
                        LocalDate.of(cycle + 1, 3, 15)));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.ally("FRA"))
                        .get("/itpps/" + itpp + "/traceability")
                        .then()
                        .statusCode(200)
                        .body(parpGoals + ".id", contains(parpGoal.toString()))
                        .body(parpGoals + "[0].status", equalTo("IMPLEMENTED"))
                        .body(parpGoals + "[0].statusRecordedOn", equalTo((cycle + 1) + "-03-15")));

        // Approved again (possible only in theory): the new package's goals replace the cycle's goals.
        UUID replacement = UUID.randomUUID();
        publish(parpCycle, 4, approval(parpCycle, ukraine, UUID.fromString(itpp), replacement, itppGoal, cycle));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.staff())
                        .get("/itpps/" + itpp + "/traceability")
                        .then()
                        .statusCode(200)
                        .body(parpGoals + ".id", contains(replacement.toString()))
                        .body(parpGoals + "[0].status", nullValue()));
        as(TestTokens.admin())
                .get("/admin/read-models/parp-goals/parked")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    private void publish(UUID parpCycle, long sequence, Object event) {
        OtherServiceTopic.of(kafka, "parp").publish(PARP_CYCLE, parpCycle, sequence, event);
    }

    /** A package of one goal for years {@code year} and the next, serving {@code itppGoal}. */
    private ParpPackageApprovedEvent approval(
            UUID parpCycle, UUID partner, UUID itpp, UUID goal, UUID itppGoal, int year) {
        return new ParpPackageApprovedEvent(
                parpCycle,
                clock.instant(),
                partner,
                "UKR",
                itpp,
                List.of(new ApprovedParpGoal(
                        goal,
                        "G 0101",
                        "Deployable logistics",
                        CapabilityArea.LOGISTICS,
                        year,
                        year + 1,
                        List.of(itppGoal))));
    }
}
