package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An Ally objected to the circulated package: it returns to negotiation with the objection on record. */
@DomainEvent(context = "parp")
public record ParpSilenceBrokenEvent(UUID parpCycleId, String allyNation, String reason) implements ParpEvent {}
