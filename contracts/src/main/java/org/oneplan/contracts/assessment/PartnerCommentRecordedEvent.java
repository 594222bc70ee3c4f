package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner, consulted on the assessment, commented on it. */
@DomainEvent(context = "assessment")
public record PartnerCommentRecordedEvent(UUID assessmentId, String partnerCode, String comment)
        implements AssessmentEvent {}
