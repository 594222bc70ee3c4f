package org.oneplan.catalogue.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.catalogue.ContributionEvent;
import org.oneplan.contracts.catalogue.ContributionSubmittedEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** The catalogue's events (contributions), from {@code oneplan.catalogue.events}. */
@ApplicationScoped
public class CatalogueEventProjection extends DocumentProjection<CatalogueEventEntry, CatalogueEventDocument> {

    CatalogueEventProjection() {
        super(new Shape<>(
                ContributionEvent.class,
                CatalogueEventEntry.class,
                CatalogueEventEntry::new,
                ContributionSubmittedEvent.class::isInstance,
                event -> ((ContributionEvent) event).contributionId(),
                CatalogueEventDocument::fold));
    }

    @Override
    public String name() {
        return "catalogue-events";
    }

    @Override
    public String topic() {
        return "oneplan.catalogue.events";
    }
}
