package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An administrator corrected an institution's name, kind or nation. */
@DomainEvent(context = "catalogue")
public record OfferingInstitutionChangedEvent(UUID institutionId, String name, InstitutionKind kind, String nation)
        implements InstitutionEvent {}
