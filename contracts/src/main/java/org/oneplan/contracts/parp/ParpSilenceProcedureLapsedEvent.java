package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The silence deadline passed without what approval needs: the package returns to negotiation. */
@DomainEvent(context = "parp")
public record ParpSilenceProcedureLapsedEvent(UUID parpCycleId, String reason) implements ParpEvent {}
