package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The nominating nation withdrew its nominee before the start; a seat they held is free again. */
@DomainEvent(context = "catalogue")
public record NominationWithdrawnEvent(
        UUID contributionId, UUID iterationId, UUID nominationId, String nation, Instant at)
        implements NominationEvent {}
