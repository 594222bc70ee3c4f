package org.oneplan.contracts.assessment;

import java.util.List;
import java.util.UUID;

/**
 * What an assessment rates: one ITPP partnership goal, pre-filled with its milestones' reported progress
 * and the activities serving it, as they stood when the assessment opened.
 */
public record GoalBaseline(
        UUID goalId, String title, List<MilestoneBaseline> milestones, List<ActivityBaseline> activities) {

    public GoalBaseline {
        milestones = List.copyOf(milestones);
        activities = List.copyOf(activities);
    }
}
