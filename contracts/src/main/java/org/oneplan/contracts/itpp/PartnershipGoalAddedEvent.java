package org.oneplan.contracts.itpp;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Output 2: a partnership goal in the seed's template: expected outcome, rationale, the strategic
 * objectives it serves, and its milestones.
 */
@DomainEvent(context = "itpp")
public record PartnershipGoalAddedEvent(
        UUID itppId,
        UUID goalId,
        String title,
        String expectedOutcome,
        String rationale,
        List<UUID> objectiveIds,
        List<Milestone> milestones) implements ItppEvent {

    public PartnershipGoalAddedEvent {
        objectiveIds = List.copyOf(objectiveIds);
        milestones = List.copyOf(milestones);
    }
}
