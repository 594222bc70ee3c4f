package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The organiser refused the nomination, saying why (the reason names no person). */
@DomainEvent(context = "catalogue")
public record NominationRefusedEvent(
        UUID contributionId, UUID iterationId, UUID nominationId, String nation, String reason, Instant at)
        implements NominationEvent {}
