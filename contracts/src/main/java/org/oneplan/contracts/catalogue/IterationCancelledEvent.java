package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Four weeks before the start the iteration had fewer accepted nominees than the minimum: it is cancelled,
 * and every nation with a nominee in it is told.
 *
 * @param nomineeNations the nations of every nominee still in the iteration (accepted, waitlisted or pending)
 */
@DomainEvent(context = "catalogue")
public record IterationCancelledEvent(
        UUID contributionId, UUID iterationId, int accepted, int minSeats, List<String> nomineeNations, Instant at)
        implements NominationEvent {

    public IterationCancelledEvent {
        nomineeNations = List.copyOf(nomineeNations);
    }
}
