package org.oneplan.contracts.catalogue;

import java.util.UUID;

/** What happens to an offering institution, keyed by its id. */
public sealed interface InstitutionEvent extends CatalogueEvent
        permits OfferingInstitutionRegisteredEvent, OfferingInstitutionChangedEvent {

    UUID institutionId();
}
