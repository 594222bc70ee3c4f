package org.oneplan.itpp.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.ImplementationStatus;

/**
 * The ITPP as a tree: each objective, the goals that serve it, their milestones, the activities for them
 * and the approved PARP goals that serve them.
 */
public record Traceability(UUID itppId, List<ObjectiveNode> objectives) {

    public record ObjectiveNode(UUID id, String title, List<GoalNode> goals) {}

    public record GoalNode(
            UUID id,
            String title,
            List<ItppDocument.MilestoneState> milestones,
            List<ItppDocument.Activity> activities,
            List<ParpGoalNode> parpGoals,
            List<PcmEventNode> pcmEvents) {}

    /**
     * A supporting activity that refers to a catalogue event (its {@code pcmEventCode} is the event's id),
     * with the partner's nominees, attendance and completion as catalogue-service published them.
     */
    public record PcmEventNode(UUID activityId, UUID catalogueEventId, PcmParticipation participation) {}

    /** An approved PARP goal serving the ITPP goal, with its latest implementation status if any. */
    public record ParpGoalNode(
            UUID id,
            UUID parpCycleId,
            String code,
            String title,
            CapabilityArea area,
            int fromYear,
            int toYear,
            @Schema(nullable = true) ImplementationStatus status,
            @Schema(nullable = true) LocalDate statusRecordedOn) {

        static ParpGoalNode of(ParpGoal goal) {
            return new ParpGoalNode(
                    goal.id(),
                    goal.parpCycleId(),
                    goal.code(),
                    goal.title(),
                    goal.area(),
                    goal.fromYear(),
                    goal.toYear(),
                    goal.status(),
                    goal.statusRecordedOn());
        }
    }

    /**
     * The tree of {@code document}; {@code parpGoals} may hold goals of other ITPPs, which are left out;
     * {@code pcm} is the partner's participation by catalogue event id.
     */
    public static Traceability of(
            ItppDocument document, List<ParpGoal> parpGoals, java.util.Map<UUID, PcmParticipation> pcm) {
        return new Traceability(
                document.id(),
                document.objectives().stream()
                        .map(objective -> new ObjectiveNode(
                                objective.id(),
                                objective.title(),
                                document.goals().stream()
                                        .filter(goal -> goal.objectiveIds().contains(objective.id()))
                                        .map(goal -> goalNode(document, goal, parpGoals, pcm))
                                        .toList()))
                        .toList());
    }

    /** The catalogue event ids the ITPP's activities refer to; codes that are no such id are not links. */
    public static java.util.Set<UUID> catalogueEventsOf(ItppDocument document) {
        return document.activities().stream()
                .map(Traceability::catalogueEventId)
                .flatMap(java.util.Optional::stream)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Optional<UUID> catalogueEventId(ItppDocument.Activity activity) {
        try {
            return java.util.Optional.ofNullable(activity.pcmEventCode()).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }

    private static GoalNode goalNode(
            ItppDocument document,
            ItppDocument.Goal goal,
            List<ParpGoal> parpGoals,
            java.util.Map<UUID, PcmParticipation> pcm) {
        List<ItppDocument.Activity> activities = document.activities().stream()
                .filter(activity -> activity.goalIds().contains(goal.id()))
                .toList();
        return new GoalNode(
                goal.id(),
                goal.title(),
                goal.milestones(),
                activities,
                parpGoals.stream()
                        .filter(parpGoal -> parpGoal.serves(document, goal.id()))
                        .sorted(ParpGoal.BY_CODE)
                        .map(ParpGoalNode::of)
                        .toList(),
                activities.stream()
                        .flatMap(activity -> catalogueEventId(activity)
                                .filter(pcm::containsKey)
                                .map(event -> new PcmEventNode(activity.id(), event, pcm.get(event)))
                                .stream())
                        .toList());
    }
}
