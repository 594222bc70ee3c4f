package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff took a goal out of the package under negotiation. */
@DomainEvent(context = "parp")
public record ParpGoalWithdrawnEvent(UUID parpCycleId, UUID goalId, String reason) implements ParpEvent {}
