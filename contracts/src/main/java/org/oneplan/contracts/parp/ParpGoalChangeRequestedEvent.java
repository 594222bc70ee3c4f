package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner delegation asked for a change to the goal at {@code revision}, saying what in {@code request}. */
@DomainEvent(context = "parp")
public record ParpGoalChangeRequestedEvent(UUID parpCycleId, UUID goalId, int revision, String request)
        implements ParpEvent {}
