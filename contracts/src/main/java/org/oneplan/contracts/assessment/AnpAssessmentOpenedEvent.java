package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff opened the annual assessment of a submitted ANP of {@code year}: its five chapters to assess. */
@DomainEvent(context = "assessment")
public record AnpAssessmentOpenedEvent(UUID assessmentId, UUID anpId, UUID partnerId, String partnerCode, int year)
        implements AnpAssessmentEvent {}
