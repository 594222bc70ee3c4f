package org.oneplan.contracts.catalogue;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff put a year's catalogue, the approved events listed, on its way to the Allies. */
@DomainEvent(context = "catalogue")
public record AnnualCatalogueSubmittedEvent(UUID catalogueId, int year, List<UUID> contributionIds)
        implements AnnualCatalogueEvent {

    public AnnualCatalogueSubmittedEvent {
        contributionIds = List.copyOf(contributionIds);
    }
}
