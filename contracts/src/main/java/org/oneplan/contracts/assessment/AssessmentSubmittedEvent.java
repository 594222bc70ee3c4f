package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Every goal rated: the assessment goes to approval, and the partner is consulted on it from now on. */
@DomainEvent(context = "assessment")
public record AssessmentSubmittedEvent(UUID assessmentId) implements AssessmentEvent {}
