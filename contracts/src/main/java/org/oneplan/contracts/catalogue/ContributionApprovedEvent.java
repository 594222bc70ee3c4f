package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** NATO staff approved the contribution: it is an event of its year's catalogue. */
@DomainEvent(context = "catalogue")
public record ContributionApprovedEvent(UUID contributionId, int year, Instant approvedAt)
        implements ContributionEvent {}
