package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Circulated to the Allies on the day's roster under silence until {@code silenceEnds}. */
@DomainEvent(context = "catalogue")
public record AnnualCatalogueCirculatedEvent(UUID catalogueId, Instant silenceEnds, List<String> allies)
        implements AnnualCatalogueEvent {

    public AnnualCatalogueCirculatedEvent {
        allies = List.copyOf(allies);
    }
}
