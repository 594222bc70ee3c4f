package org.oneplan.contracts.itpp;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The next cycle's draft received the approved end-of-cycle assessment's recommendation of its predecessor:
 * new objectives and goals as text, for the drafters to turn into outputs 1 and 2 (the goals to carry over
 * are carried already, as {@link ItppCarriedOverEvent} says).
 *
 * @param recommendations the assessment's free-text recommendations, {@code null} when it wrote none
 */
@DomainEvent(context = "itpp")
public record NextCycleRecommendationsReceivedEvent(
        UUID itppId, UUID assessmentId, String recommendations, List<String> newObjectives, List<String> newGoals)
        implements ItppEvent {

    public NextCycleRecommendationsReceivedEvent {
        newObjectives = List.copyOf(newObjectives);
        newGoals = List.copyOf(newGoals);
    }
}
