package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The consulted partner commented on its PARP assessment. */
@DomainEvent(context = "assessment")
public record ParpAssessmentCommentedEvent(UUID assessmentId, String partnerCode, String comment)
        implements ParpAssessmentEvent {}
