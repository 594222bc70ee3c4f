package org.oneplan.catalogue.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.catalogue.InstitutionEvent;
import org.oneplan.contracts.catalogue.OfferingInstitutionRegisteredEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** The offering institutions, from {@code oneplan.catalogue.events}. */
@ApplicationScoped
public class InstitutionProjection extends DocumentProjection<InstitutionEntry, InstitutionDocument> {

    InstitutionProjection() {
        super(new Shape<>(
                InstitutionEvent.class,
                InstitutionEntry.class,
                InstitutionEntry::new,
                OfferingInstitutionRegisteredEvent.class::isInstance,
                event -> ((InstitutionEvent) event).institutionId(),
                InstitutionDocument::fold));
    }

    @Override
    public String name() {
        return "offering-institutions";
    }

    @Override
    public String topic() {
        return "oneplan.catalogue.events";
    }
}
