package org.oneplan.itpp.query;

import java.util.List;
import java.util.UUID;

/** The ITPP as a tree: each objective, the goals that serve it, their milestones and the activities for them. */
public record Traceability(UUID itppId, List<ObjectiveNode> objectives) {

    public record ObjectiveNode(UUID id, String title, List<GoalNode> goals) {}

    public record GoalNode(
            UUID id,
            String title,
            List<ItppDocument.MilestoneState> milestones,
            List<ItppDocument.Activity> activities) {}

    public static Traceability of(ItppDocument document) {
        return new Traceability(
                document.id(),
                document.objectives().stream()
                        .map(objective -> new ObjectiveNode(
                                objective.id(),
                                objective.title(),
                                document.goals().stream()
                                        .filter(goal -> goal.objectiveIds().contains(objective.id()))
                                        .map(goal -> new GoalNode(
                                                goal.id(),
                                                goal.title(),
                                                goal.milestones(),
                                                document.activities().stream()
                                                        .filter(activity -> activity.goalIds()
                                                                .contains(goal.id()))
                                                        .toList()))
                                        .toList()))
                        .toList());
    }
}
