package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;
import org.oneplan.contracts.shared.Classification;

/**
 * A nation nominated a participant it registered for an iteration.
 *
 * @param nation the nominating nation ({@code NATO} for staff of NATO bodies)
 * @param clearance the clearance the nation certifies the nominee holds
 * @param needsDecision the organiser decides (the offer says so, or the nominee is admitted only "as approved")
 */
@DomainEvent(context = "catalogue")
public record ParticipantNominatedEvent(
        UUID contributionId,
        UUID iterationId,
        UUID nominationId,
        UUID participantId,
        String nation,
        Classification clearance,
        boolean needsDecision,
        Instant nominatedAt)
        implements NominationEvent {}
