package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An Ally objected before the deadline: the assessment is a draft again. */
@DomainEvent(context = "assessment")
public record AssessmentSilenceBrokenEvent(UUID assessmentId, String allyNation, String reason)
        implements AssessmentEvent {}
