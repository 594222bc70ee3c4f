package org.oneplan.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.assessment.ParpGoalBaseline;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.contracts.parp.AnpSubmittedEvent;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;
import org.oneplan.contracts.parp.ParpPackageSubmittedEvent;

class ParpCycleViewTest {

    private static final UUID CYCLE = UUID.randomUUID();
    private static final UUID GEORGIA = UUID.randomUUID();
    private static final UUID ITPP = UUID.randomUUID();
    private static final UUID GOAL = UUID.randomUUID();
    private static final UUID OTHER_GOAL = UUID.randomUUID();

    @Test
    void a_cycle_is_known_with_its_approved_goals_and_the_status_last_recorded_on_each() {
        ParpCycleView view = ParpCycleView.fold(null, new ParpCycleOpenedEvent(CYCLE, GEORGIA, "GEO", 2025, ITPP));
        view = ParpCycleView.fold(view, new ParpPackageSubmittedEvent(CYCLE));
        assertThat(view.goals()).isEmpty();
        view = ParpCycleView.fold(
                view,
                new ParpPackageApprovedEvent(
                        CYCLE,
                        Instant.parse("2025-06-01T09:00:00Z"),
                        GEORGIA,
                        "GEO",
                        ITPP,
                        List.of(goal(GOAL, "G 0101"), goal(OTHER_GOAL, "G 0202"))));
        view = ParpCycleView.fold(
                view,
                new ParpGoalProgressRecordedEvent(
                        CYCLE, GOAL, ImplementationStatus.NOT_STARTED, "Planned", LocalDate.of(2025, 9, 1)));
        view = ParpCycleView.fold(
                view,
                new ParpGoalProgressRecordedEvent(
                        CYCLE, GOAL, ImplementationStatus.IN_PROGRESS, "Level 1 passed", LocalDate.of(2026, 5, 4)));

        assertThat(view.partnerCode()).isEqualTo("GEO");
        assertThat(view.itppId()).isEqualTo(ITPP);
        assertThat(view.goals())
                .containsExactly(
                        new ParpGoalBaseline(
                                GOAL,
                                "G 0101",
                                "Goal G 0101",
                                ImplementationStatus.IN_PROGRESS,
                                "Level 1 passed",
                                LocalDate.of(2026, 5, 4)),
                        new ParpGoalBaseline(OTHER_GOAL, "G 0202", "Goal G 0202", null, null, null));
    }

    @Test
    void a_cycle_s_first_event_is_its_opening() {
        assertThatThrownBy(() -> ParpCycleView.fold(null, new ParpPackageSubmittedEvent(CYCLE)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_anp_is_known_submitted_once_the_partner_submitted_it() {
        UUID anp = UUID.randomUUID();
        AnpView view = AnpView.fold(null, new AnpOpenedEvent(anp, GEORGIA, "BIH", 2025));
        assertThat(view.submitted()).isFalse();
        assertThat(AnpView.fold(view, new AnpSubmittedEvent(anp)).submitted()).isTrue();
    }

    private static ApprovedParpGoal goal(UUID id, String code) {
        return new ApprovedParpGoal(id, code, "Goal " + code, CapabilityArea.LAND, 2025, 2026, List.of());
    }
}
