package org.oneplan.contracts.assessment;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Silence held: the PARP assessment (this revision) is approved and frozen. It names the cycle, its partner
 * and ITPP, so that it can stand as evidence for the ITPP assessment of the same period without asking.
 */
@DomainEvent(context = "assessment")
public record ParpAssessmentApprovedEvent(
        UUID assessmentId,
        UUID parpCycleId,
        UUID partnerId,
        String partnerCode,
        UUID itppId,
        int reviewYear,
        int revision,
        Instant approvedAt)
        implements ParpAssessmentEvent {}
