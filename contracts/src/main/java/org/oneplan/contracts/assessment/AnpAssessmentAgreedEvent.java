package org.oneplan.contracts.assessment;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Silence held: the Allies agreed the ANP assessment, now frozen; it names the ANP, partner and year. */
@DomainEvent(context = "assessment")
public record AnpAssessmentAgreedEvent(
        UUID assessmentId, UUID anpId, UUID partnerId, String partnerCode, int year, Instant agreedAt)
        implements AnpAssessmentEvent {}
