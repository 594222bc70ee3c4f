package org.oneplan.contracts.itpp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An activity's plan changed during implementation; the fields are its new plan in full. */
@DomainEvent(context = "itpp")
public record ActivityRevisedEvent(
        UUID itppId,
        UUID activityId,
        String title,
        ActivityType type,
        List<UUID> goalIds,
        LocalDate plannedFrom,
        LocalDate plannedUntil,
        ActivityLead lead,
        String pcmEventCode)
        implements ItppEvent {

    public ActivityRevisedEvent {
        goalIds = List.copyOf(goalIds);
    }
}
