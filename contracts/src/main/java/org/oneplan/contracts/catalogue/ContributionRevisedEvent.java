package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An approved event's offer, as revised in full. */
@DomainEvent(context = "catalogue")
public record ContributionRevisedEvent(UUID contributionId, EventOffer offer) implements ContributionEvent {}
