package org.oneplan.contracts.assessment.occ;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The unit serves these partnership goals of the partner's ITPP: its evaluations feed back into them. */
@DomainEvent(context = "assessment")
public record OccGoalsLinkedEvent(UUID unitId, UUID itppId, List<UUID> goalIds) implements OccUnitEvent {

    public OccGoalsLinkedEvent {
        goalIds = List.copyOf(goalIds);
    }
}
