package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Every goal assessed and the overall assessment written: to approval, and the partner is consulted. */
@DomainEvent(context = "assessment")
public record ParpAssessmentSubmittedEvent(UUID assessmentId) implements ParpAssessmentEvent {}
