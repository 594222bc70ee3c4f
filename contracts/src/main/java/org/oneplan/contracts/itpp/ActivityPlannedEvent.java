package org.oneplan.contracts.itpp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Output 3: an activity NATO undertakes to support one or more partnership goals.
 *
 * @param pcmEventCode the Partnership Cooperation Menu event it refers to, if any
 */
@DomainEvent(context = "itpp")
public record ActivityPlannedEvent(
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

    public ActivityPlannedEvent {
        goalIds = List.copyOf(goalIds);
    }
}
