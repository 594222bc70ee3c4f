package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Seven weeks before the start: the iteration takes no more nominations. */
@DomainEvent(context = "catalogue")
public record NominationsClosedEvent(UUID contributionId, UUID iterationId, Instant at) implements NominationEvent {}
