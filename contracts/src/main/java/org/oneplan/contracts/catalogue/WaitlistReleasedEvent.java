package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Six weeks before the start: free seats go to the waitlist in order (each an accepted nomination that
 * follows), and from now on a seat freed by withdrawal goes to the next waitlisted nominee at once.
 */
@DomainEvent(context = "catalogue")
public record WaitlistReleasedEvent(UUID contributionId, UUID iterationId, Instant at) implements NominationEvent {}
