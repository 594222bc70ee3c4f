package org.oneplan.contracts.catalogue;

import java.util.UUID;

/** What happens to a year's catalogue on its way to publication, keyed by the catalogue's id. */
public sealed interface AnnualCatalogueEvent extends CatalogueEvent
        permits AnnualCatalogueSubmittedEvent,
                AnnualCatalogueCirculatedEvent,
                AnnualCatalogueSilenceBrokenEvent,
                AnnualCataloguePublishedEvent {

    UUID catalogueId();
}
