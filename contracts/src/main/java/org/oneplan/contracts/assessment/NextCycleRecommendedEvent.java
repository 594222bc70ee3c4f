package org.oneplan.contracts.assessment;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The end-of-cycle assessment's recommendation for the next cycle, in full (a later one replaces it): which
 * current goals to carry over, and new objectives and goals, as text for the next ITPP's drafters.
 */
@DomainEvent(context = "assessment")
public record NextCycleRecommendedEvent(
        UUID assessmentId, List<UUID> carryOverGoalIds, List<String> newObjectives, List<String> newGoals)
        implements AssessmentEvent {

    public NextCycleRecommendedEvent {
        carryOverGoalIds = List.copyOf(carryOverGoalIds);
        newObjectives = List.copyOf(newObjectives);
        newGoals = List.copyOf(newGoals);
    }
}
