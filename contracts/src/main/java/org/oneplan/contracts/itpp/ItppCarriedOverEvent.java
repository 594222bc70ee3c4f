package org.oneplan.contracts.itpp;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The draft of the next cycle's ITPP carries over the goals staff chose from the previous cycle's
 * (their objectives and goals follow as added events, under new ids).
 */
@DomainEvent(context = "itpp")
public record ItppCarriedOverEvent(UUID itppId, UUID previousItppId, List<UUID> previousGoalIds) implements ItppEvent {

    public ItppCarriedOverEvent {
        previousGoalIds = List.copyOf(previousGoalIds);
    }
}
