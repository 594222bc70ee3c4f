package org.oneplan.contracts.assessment;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Silence held: the assessment is approved and frozen. It names the ITPP, its partner and the
 * recommendations, so that itpp-service acts on it (the mid-term opens an amendment) without asking.
 */
@DomainEvent(context = "assessment")
public record ItppAssessmentApprovedEvent(
        UUID assessmentId,
        AssessmentKind kind,
        UUID itppId,
        UUID partnerId,
        String partnerCode,
        Instant approvedAt,
        String recommendations)
        implements AssessmentEvent {}
