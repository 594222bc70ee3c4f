package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The silence passed: the year's catalogue is published with the events listed. */
@DomainEvent(context = "catalogue")
public record AnnualCataloguePublishedEvent(UUID catalogueId, int year, Instant publishedAt, List<UUID> contributionIds)
        implements AnnualCatalogueEvent {

    public AnnualCataloguePublishedEvent {
        contributionIds = List.copyOf(contributionIds);
    }
}
