package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An Ally broke silence on the PARP assessment with a reason: it is a draft again. */
@DomainEvent(context = "assessment")
public record ParpAssessmentSilenceBrokenEvent(UUID assessmentId, String allyNation, String reason)
        implements ParpAssessmentEvent {}
