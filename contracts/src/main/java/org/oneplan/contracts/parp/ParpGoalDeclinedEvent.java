package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner delegation declined the goal at {@code revision}, with its reason. */
@DomainEvent(context = "parp")
public record ParpGoalDeclinedEvent(UUID parpCycleId, UUID goalId, int revision, String reason) implements ParpEvent {}
