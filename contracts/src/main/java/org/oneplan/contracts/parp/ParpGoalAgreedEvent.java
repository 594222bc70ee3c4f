package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner delegation agreed the goal as it stands at {@code revision}. */
@DomainEvent(context = "parp")
public record ParpGoalAgreedEvent(UUID parpCycleId, UUID goalId, int revision) implements ParpEvent {}
