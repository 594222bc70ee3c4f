package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The nominee waits for a seat, behind those waitlisted before. */
@DomainEvent(context = "catalogue")
public record NominationWaitlistedEvent(
        UUID contributionId, UUID iterationId, UUID nominationId, String nation, Instant at)
        implements NominationEvent {}
