package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An approved event was cancelled, saying why; it stays in its year's catalogue as cancelled. */
@DomainEvent(context = "catalogue")
public record ContributionCancelledEvent(UUID contributionId, String reason) implements ContributionEvent {}
