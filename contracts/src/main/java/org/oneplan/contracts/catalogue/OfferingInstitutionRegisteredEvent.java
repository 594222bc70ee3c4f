package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An administrator registered an institution that offers events, with its nation (NATO for a NATO body). */
@DomainEvent(context = "catalogue")
public record OfferingInstitutionRegisteredEvent(UUID institutionId, String name, InstitutionKind kind, String nation)
        implements InstitutionEvent {}
