package org.oneplan.assessment.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.oneplan.contracts.assessment.ActivityBaseline;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.MilestoneBaseline;
import org.oneplan.contracts.assessment.ObjectiveBaseline;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityRevisedEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityStatusChangedEvent;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCycleEndedEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;

/**
 * An ITPP as assessment-service knows it from {@code oneplan.itpp.events}: whose it is, its cycle, its
 * partnership goals with their milestones' latest reported progress, and its activities with their status.
 * Only what an assessment is pre-filled with; built by a pure fold.
 */
public record ItppView(
        UUID itppId,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        List<ObjectiveBaseline> objectives,
        List<Goal> goals,
        List<Activity> activities,
        Stage stage) {

    /** Where the ITPP's cycle stands: what a results framework reports as the activity's status. */
    public enum Stage {
        DRAFT,
        APPROVED,
        ENDED
    }

    /** A view stored before a part was kept reads without it; the next rebuild of the view fills it. */
    public ItppView {
        objectives = objectives == null ? List.of() : objectives;
        stage = stage == null ? Stage.DRAFT : stage;
    }

    /** A goal with what it serves and how its outcome is measured (its indicators). */
    public record Goal(
            UUID goalId,
            String title,
            List<MilestoneBaseline> milestones,
            List<UUID> objectiveIds,
            List<Indicator> indicators) {

        public Goal {
            objectiveIds = objectiveIds == null ? List.of() : objectiveIds;
            indicators = indicators == null ? List.of() : indicators;
        }

        Goal withMilestones(List<MilestoneBaseline> newMilestones) {
            return new Goal(goalId, title, newMilestones, objectiveIds, indicators);
        }
    }

    /** An activity, with the PCM event it attends when it is one. */
    public record Activity(
            UUID activityId, String title, List<UUID> goalIds, ActivityStatus status, String pcmEventCode) {}

    /** The ITPP after one more of its events; the first must be its draft. */
    public static ItppView fold(ItppView itpp, ItppEvent event) {
        if (event instanceof ItppDraftedEvent drafted) {
            return new ItppView(
                    drafted.itppId(),
                    drafted.partnerId(),
                    drafted.partnerCode(),
                    drafted.cycleStartYear(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Stage.DRAFT);
        }
        if (itpp == null) {
            throw new IllegalStateException("an ITPP's first event is its draft, not "
                    + event.getClass().getSimpleName());
        }
        return itpp.after(event);
    }

    /** Every goal as an assessment rates it: milestones with progress, and the activities that serve it. */
    public List<GoalBaseline> baseline() {
        return goals.stream()
                .map(goal -> new GoalBaseline(
                        goal.goalId(),
                        goal.title(),
                        goal.milestones(),
                        activities.stream()
                                .filter(activity -> activity.goalIds().contains(goal.goalId()))
                                .map(activity -> new ActivityBaseline(
                                        activity.activityId(), activity.title(), activity.status()))
                                .toList()))
                .toList();
    }

    private ItppView after(ItppEvent event) {
        if (event instanceof ItppApprovedEvent) {
            return at(Stage.APPROVED);
        }
        if (event instanceof ItppCycleEndedEvent) {
            return at(Stage.ENDED);
        }
        if (event instanceof StrategicObjectiveAddedEvent e) {
            return withObjectives(plus(objectives, new ObjectiveBaseline(e.objectiveId(), e.title())));
        }
        if (event instanceof StrategicObjectiveRevisedEvent e) {
            return withObjectives(changed(
                    objectives,
                    ObjectiveBaseline::objectiveId,
                    e.objectiveId(),
                    o -> new ObjectiveBaseline(o.objectiveId(), e.title())));
        }
        if (event instanceof StrategicObjectiveWithdrawnEvent e) {
            return withObjectives(objectives.stream()
                    .filter(objective -> !objective.objectiveId().equals(e.objectiveId()))
                    .toList());
        }
        if (event instanceof PartnershipGoalAddedEvent e) {
            List<MilestoneBaseline> milestones = e.milestones().stream()
                    .map(m -> new MilestoneBaseline(m.milestoneId(), m.description(), m.dueDate(), null, null, null))
                    .toList();
            return withGoals(
                    plus(goals, new Goal(e.goalId(), e.title(), milestones, e.objectiveIds(), e.indicators())));
        }
        if (event instanceof PartnershipGoalWithdrawnEvent e) {
            return withGoals(goals.stream()
                    .filter(goal -> !goal.goalId().equals(e.goalId()))
                    .toList());
        }
        if (event instanceof MilestoneProgressReportedEvent e) {
            return withGoals(changed(
                    goals,
                    Goal::goalId,
                    e.goalId(),
                    goal -> goal.withMilestones(changed(
                            goal.milestones(),
                            MilestoneBaseline::milestoneId,
                            e.milestoneId(),
                            m -> new MilestoneBaseline(
                                    m.milestoneId(),
                                    m.description(),
                                    m.dueDate(),
                                    e.progress(),
                                    e.reportedOn(),
                                    e.evidence())))));
        }
        if (event instanceof ActivityPlannedEvent e) {
            return withActivities(plus(
                    activities,
                    new Activity(e.activityId(), e.title(), e.goalIds(), ActivityStatus.PLANNED, e.pcmEventCode())));
        }
        if (event instanceof ActivityRevisedEvent e) {
            return withActivities(changed(
                    activities,
                    Activity::activityId,
                    e.activityId(),
                    a -> new Activity(a.activityId(), e.title(), e.goalIds(), a.status(), e.pcmEventCode())));
        }
        if (event instanceof ActivityStatusChangedEvent e) {
            return withActivities(changed(
                    activities,
                    Activity::activityId,
                    e.activityId(),
                    a -> new Activity(a.activityId(), a.title(), a.goalIds(), e.status(), a.pcmEventCode())));
        }
        return this;
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> more = new ArrayList<>(items);
        more.add(item);
        return List.copyOf(more);
    }

    private static <T> List<T> changed(
            List<T> items, Function<T, UUID> idOf, UUID id, java.util.function.UnaryOperator<T> change) {
        return items.stream()
                .map(item -> idOf.apply(item).equals(id) ? change.apply(item) : item)
                .toList();
    }

    private ItppView withObjectives(List<ObjectiveBaseline> newObjectives) {
        return new ItppView(itppId, partnerId, partnerCode, cycleStartYear, newObjectives, goals, activities, stage);
    }

    private ItppView withGoals(List<Goal> newGoals) {
        return new ItppView(itppId, partnerId, partnerCode, cycleStartYear, objectives, newGoals, activities, stage);
    }

    private ItppView withActivities(List<Activity> newActivities) {
        return new ItppView(itppId, partnerId, partnerCode, cycleStartYear, objectives, goals, newActivities, stage);
    }

    private ItppView at(Stage newStage) {
        return new ItppView(itppId, partnerId, partnerCode, cycleStartYear, objectives, goals, activities, newStage);
    }
}
