package org.oneplan.contracts.itpp;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Output 2: a partnership goal in the seed's template: expected outcome, rationale, the strategic
 * objectives it serves, its milestones, and optional indicators (absent in events written before
 * indicators existed, read as none).
 */
@DomainEvent(context = "itpp")
public record PartnershipGoalAddedEvent(
        UUID itppId,
        UUID goalId,
        String title,
        String expectedOutcome,
        String rationale,
        List<UUID> objectiveIds,
        List<Milestone> milestones,
        List<Indicator> indicators)
        implements ItppEvent {

    public PartnershipGoalAddedEvent {
        objectiveIds = List.copyOf(objectiveIds);
        milestones = List.copyOf(milestones);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
