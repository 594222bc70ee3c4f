package org.oneplan.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.assessment.ActivityBaseline;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.MilestoneBaseline;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityRevisedEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityStatusChangedEvent;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;

class ItppViewTest {

    private static final UUID ITPP = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    private static final UUID PARTNER = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID GOAL = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID WITHDRAWN = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    private static final UUID MILESTONE = UUID.fromString("e5e5e5e5-0000-4000-8000-0000000000e5");
    private static final UUID ACTIVITY = UUID.fromString("f6f6f6f6-0000-4000-8000-0000000000f6");
    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);

    private static ItppView folded(ItppEvent... events) {
        ItppView view = null;
        for (ItppEvent event : events) {
            view = ItppView.fold(view, event);
        }
        return view;
    }

    private static PartnershipGoalAddedEvent goal(UUID id, String title) {
        return new PartnershipGoalAddedEvent(
                ITPP,
                id,
                title,
                "Outcome",
                "Why",
                List.of(),
                List.of(new Milestone(MILESTONE, "Level 1 evaluation", DUE)),
                List.of());
    }

    private static ActivityPlannedEvent activity() {
        return new ActivityPlannedEvent(
                ITPP,
                ACTIVITY,
                "Staff course",
                ActivityType.PCM_EVENT,
                List.of(GOAL),
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 12),
                new ActivityLead(ActivityLead.Kind.NATO_BODY, "NATO School"),
                null);
    }

    @Test
    void the_baseline_holds_each_current_goal_with_its_latest_progress_and_the_activities_serving_it() {
        ItppView view = folded(
                new ItppDraftedEvent(ITPP, PARTNER, "GEO", 2026),
                goal(GOAL, "Deployable battalion"),
                goal(WITHDRAWN, "Dropped"),
                new PartnershipGoalWithdrawnEvent(ITPP, WITHDRAWN),
                new ItppApprovedEvent(ITPP, Instant.parse("2026-03-01T00:00:00Z")),
                activity(),
                new ActivityStatusChangedEvent(ITPP, ACTIVITY, ActivityStatus.DONE),
                new MilestoneProgressReportedEvent(
                        ITPP, GOAL, MILESTONE, MilestoneProgress.AT_RISK, LocalDate.of(2027, 1, 5), "First report"),
                new MilestoneProgressReportedEvent(
                        ITPP, GOAL, MILESTONE, MilestoneProgress.ACHIEVED, LocalDate.of(2027, 5, 5), "Certified"));

        assertThat(view.partnerCode()).isEqualTo("GEO");
        assertThat(view.cycleStartYear()).isEqualTo(2026);
        assertThat(view.baseline())
                .containsExactly(new GoalBaseline(
                        GOAL,
                        "Deployable battalion",
                        List.of(new MilestoneBaseline(
                                MILESTONE,
                                "Level 1 evaluation",
                                DUE,
                                MilestoneProgress.ACHIEVED,
                                LocalDate.of(2027, 5, 5),
                                "Certified")),
                        List.of(new ActivityBaseline(ACTIVITY, "Staff course", ActivityStatus.DONE))));
    }

    @Test
    void a_revised_activity_that_no_longer_serves_a_goal_leaves_its_baseline() {
        ItppView view = folded(
                new ItppDraftedEvent(ITPP, PARTNER, "GEO", 2026),
                goal(GOAL, "Deployable battalion"),
                activity(),
                new ActivityRevisedEvent(
                        ITPP,
                        ACTIVITY,
                        "Renamed course",
                        ActivityType.PCM_EVENT,
                        List.of(),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 12),
                        new ActivityLead(ActivityLead.Kind.NATO_BODY, "NATO School"),
                        null));

        assertThat(view.baseline().get(0).activities()).isEmpty();
        assertThat(view.baseline().get(0).milestones().get(0).progress()).isNull();
    }

    @Test
    void an_itpp_is_known_only_from_its_draft() {
        assertThatThrownBy(() -> ItppView.fold(null, new ItppApprovedEvent(ITPP, Instant.EPOCH)))
                .isInstanceOf(IllegalStateException.class);
    }
}
