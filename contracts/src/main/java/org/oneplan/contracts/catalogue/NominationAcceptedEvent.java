package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The nominee has a seat.
 *
 * @param byOrganiser false when the seat was given without a decision: a free seat of an offer that needs
 *     no approval, or a waitlisted nominee's turn after the seats were released
 */
@DomainEvent(context = "catalogue")
public record NominationAcceptedEvent(
        UUID contributionId, UUID iterationId, UUID nominationId, String nation, boolean byOrganiser, Instant at)
        implements NominationEvent {}
