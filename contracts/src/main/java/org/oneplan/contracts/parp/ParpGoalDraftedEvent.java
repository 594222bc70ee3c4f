package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff drafted a partnership goal of the cycle's package, to be negotiated with the partner. */
@DomainEvent(context = "parp")
public record ParpGoalDraftedEvent(UUID parpCycleId, UUID goalId, ParpGoalTerms terms) implements ParpEvent {}
