package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** One more run of an approved event. */
@DomainEvent(context = "catalogue")
public record IterationAddedEvent(UUID contributionId, Iteration iteration) implements ContributionEvent {}
