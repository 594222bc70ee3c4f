package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Staff revised a goal's terms (revision 2, 3, ...): the partner's earlier answer applied to the earlier
 * terms, so the goal awaits the partner's answer again.
 */
@DomainEvent(context = "parp")
public record ParpGoalRevisedEvent(UUID parpCycleId, UUID goalId, int revision, ParpGoalTerms terms)
        implements ParpEvent {}
