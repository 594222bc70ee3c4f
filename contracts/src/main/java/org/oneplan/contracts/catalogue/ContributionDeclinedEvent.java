package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** NATO staff declined the contribution, saying why. */
@DomainEvent(context = "catalogue")
public record ContributionDeclinedEvent(UUID contributionId, String reason) implements ContributionEvent {}
