package org.oneplan.itpp.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;

/** The PARP goals' fold and their place in the traceability tree: pure functions of the events. */
class ParpGoalTraceabilityTest {

    private static final UUID ITPP = UUID.randomUUID();
    private static final UUID OTHER_ITPP = UUID.randomUUID();
    private static final UUID PARTNER = UUID.randomUUID();
    private static final UUID OBJECTIVE = UUID.randomUUID();
    private static final UUID BATTALION = UUID.randomUUID();
    private static final UUID CYBER = UUID.randomUUID();
    private static final UUID CYCLE = UUID.randomUUID();
    private static final UUID LOGISTICS_GOAL = UUID.randomUUID();
    private static final UUID CERT_GOAL = UUID.randomUUID();
    private static final Instant APPROVED_AT = Instant.parse("2027-03-01T12:00:00Z");

    private static ApprovedParpGoal logistics() {
        return new ApprovedParpGoal(
                LOGISTICS_GOAL,
                "G 0101",
                "Deployable logistics",
                CapabilityArea.LOGISTICS,
                2027,
                2028,
                List.of(BATTALION));
    }

    private static ApprovedParpGoal cert() {
        return new ApprovedParpGoal(
                CERT_GOAL, "C 0201", "National CERT", CapabilityArea.CYBER, 2027, 2027, List.of(BATTALION, CYBER));
    }

    private static ParpPackageApprovedEvent approval(UUID itpp, ApprovedParpGoal... goals) {
        return new ParpPackageApprovedEvent(CYCLE, APPROVED_AT, PARTNER, "GEO", itpp, List.of(goals));
    }

    private static ParpGoalProgressRecordedEvent progress(UUID goal, ImplementationStatus status, LocalDate on) {
        return new ParpGoalProgressRecordedEvent(CYCLE, goal, status, "Report of " + on, on);
    }

    private static ItppDocument itpp() {
        ItppDocument document = ItppDocument.fold(null, new ItppDraftedEvent(ITPP, PARTNER, "GEO", 2026), 0);
        document = ItppDocument.fold(
                document, new StrategicObjectiveAddedEvent(ITPP, OBJECTIVE, "Interoperable forces", null, "NATO"), 1);
        document = ItppDocument.fold(document, goal(BATTALION, "Deployable battalion"), 2);
        return ItppDocument.fold(document, goal(CYBER, "Cyber defence"), 3);
    }

    private static PartnershipGoalAddedEvent goal(UUID id, String title) {
        return new PartnershipGoalAddedEvent(
                ITPP, id, title, "Certified", "Operations", List.of(OBJECTIVE), List.of(), List.of());
    }

    @Test
    void an_approved_package_gives_its_goals_with_no_status_yet_in_code_order() {
        List<ParpGoal> goals = ParpGoal.approved(List.of(), approval(ITPP, logistics(), cert()));

        assertThat(goals).extracting(ParpGoal::code).containsExactly("C 0201", "G 0101");
        assertThat(goals).allSatisfy(goal -> {
            assertThat(goal.parpCycleId()).isEqualTo(CYCLE);
            assertThat(goal.itppId()).isEqualTo(ITPP);
            assertThat(goal.partnerCode()).isEqualTo("GEO");
            assertThat(goal.status()).isNull();
            assertThat(goal.statusRecordedOn()).isNull();
        });
        assertThat(goals.get(0).itppGoalIds()).containsExactly(BATTALION, CYBER);
    }

    @Test
    void a_package_that_names_no_itpp_gives_no_goals_to_trace() {
        assertThat(ParpGoal.approved(List.of(), approval(null, logistics()))).isEmpty();
    }

    @Test
    void the_status_recorded_last_is_the_goals_status() {
        ParpGoal goal =
                ParpGoal.approved(List.of(), approval(ITPP, logistics())).get(0);

        ParpGoal progressed = goal.progressed(
                        progress(LOGISTICS_GOAL, ImplementationStatus.IN_PROGRESS, LocalDate.of(2027, 6, 1)))
                .progressed(progress(LOGISTICS_GOAL, ImplementationStatus.IMPLEMENTED, LocalDate.of(2028, 2, 1)));

        assertThat(progressed.status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(progressed.statusRecordedOn()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(progressed.evidence()).isEqualTo("Report of 2028-02-01");
        assertThat(progressed.title()).isEqualTo("Deployable logistics");
    }

    @Test
    void a_second_approval_of_a_cycle_replaces_its_goals_and_keeps_the_progress_of_goals_approved_again() {
        List<ParpGoal> first = ParpGoal.approved(List.of(), approval(ITPP, logistics(), cert()));
        List<ParpGoal> progressed = first.stream()
                .map(goal -> goal.progressed(
                        progress(goal.id(), ImplementationStatus.IN_PROGRESS, LocalDate.of(2027, 6, 1))))
                .toList();
        ApprovedParpGoal retitled = new ApprovedParpGoal(
                LOGISTICS_GOAL,
                "G 0101",
                "Deployable logistics unit",
                CapabilityArea.LOGISTICS,
                2027,
                2028,
                List.of(CYBER));

        List<ParpGoal> second = ParpGoal.approved(progressed, approval(ITPP, retitled));

        assertThat(second).singleElement().satisfies(goal -> {
            assertThat(goal.id()).isEqualTo(LOGISTICS_GOAL);
            assertThat(goal.title()).isEqualTo("Deployable logistics unit");
            assertThat(goal.itppGoalIds()).containsExactly(CYBER);
            assertThat(goal.status()).isEqualTo(ImplementationStatus.IN_PROGRESS);
        });
        assertThat(ParpGoal.approved(progressed, approval(null, retitled))).isEmpty();
    }

    @Test
    void each_itpp_goal_lists_the_parp_goals_that_serve_it_and_none_of_another_itpp() {
        List<ParpGoal> goals = ParpGoal.approved(List.of(), approval(ITPP, logistics(), cert())).stream()
                .map(goal -> goal.id().equals(CERT_GOAL)
                        ? goal.progressed(
                                progress(CERT_GOAL, ImplementationStatus.IMPLEMENTED, LocalDate.of(2027, 11, 30)))
                        : goal)
                .toList();
        List<ParpGoal> elsewhere = ParpGoal.approved(
                List.of(),
                new ParpPackageApprovedEvent(
                        UUID.randomUUID(),
                        APPROVED_AT,
                        PARTNER,
                        "GEO",
                        OTHER_ITPP,
                        List.of(new ApprovedParpGoal(
                                UUID.randomUUID(),
                                "A 0001",
                                "Air policing",
                                CapabilityArea.AIR,
                                2027,
                                2028,
                                List.of(BATTALION)))));

        Traceability tree = Traceability.of(
                itpp(), Stream.concat(elsewhere.stream(), goals.stream()).toList(), java.util.Map.of());

        List<Traceability.GoalNode> itppGoals = tree.objectives().get(0).goals();
        assertThat(itppGoals).extracting(Traceability.GoalNode::id).containsExactly(BATTALION, CYBER);
        assertThat(itppGoals.get(0).parpGoals())
                .extracting(Traceability.ParpGoalNode::code)
                .containsExactly("C 0201", "G 0101");
        assertThat(itppGoals.get(1).parpGoals()).singleElement().satisfies(node -> {
            assertThat(node.id()).isEqualTo(CERT_GOAL);
            assertThat(node.parpCycleId()).isEqualTo(CYCLE);
            assertThat(node.area()).isEqualTo(CapabilityArea.CYBER);
            assertThat(node.fromYear()).isEqualTo(2027);
            assertThat(node.toYear()).isEqualTo(2027);
            assertThat(node.status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
            assertThat(node.statusRecordedOn()).isEqualTo(LocalDate.of(2027, 11, 30));
        });
    }

    @Test
    void a_package_of_another_partner_naming_this_itpp_never_shows_its_goals_here() {
        List<ParpGoal> moldovas = ParpGoal.approved(
                List.of(),
                new ParpPackageApprovedEvent(
                        UUID.randomUUID(),
                        APPROVED_AT,
                        UUID.randomUUID(),
                        "MDA",
                        ITPP,
                        List.of(new ApprovedParpGoal(
                                UUID.randomUUID(),
                                "S 0001",
                                "Restricted to Moldova",
                                CapabilityArea.CYBER,
                                2027,
                                2028,
                                List.of(BATTALION)))));

        Traceability tree = Traceability.of(itpp(), moldovas, java.util.Map.of());

        assertThat(tree.objectives().get(0).goals())
                .allSatisfy(goal -> assertThat(goal.parpGoals()).isEmpty());
    }

    @Test
    void an_itpp_goal_no_parp_goal_serves_has_an_empty_list() {
        Traceability tree = Traceability.of(itpp(), List.of(), java.util.Map.of());

        assertThat(tree.objectives().get(0).goals())
                .allSatisfy(goal -> assertThat(goal.parpGoals()).isEmpty());
    }
}
