package org.oneplan.contracts.parp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Silence held and the partner agreed: the package is approved with {@code goals}. It names the partner
 * and its ITPP (null if the cycle names none) so that other services can place the goals without asking.
 */
@DomainEvent(context = "parp")
public record ParpPackageApprovedEvent(
        UUID parpCycleId,
        Instant approvedAt,
        UUID partnerId,
        String partnerCode,
        UUID itppId,
        List<ApprovedParpGoal> goals)
        implements ParpEvent {

    public ParpPackageApprovedEvent {
        goals = List.copyOf(goals);
    }
}
