package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff rated one goal of the assessment, saying why; a later rating of the same goal replaces it. */
@DomainEvent(context = "assessment")
public record GoalRatedEvent(UUID assessmentId, UUID goalId, GoalRating rating, String justification)
        implements AssessmentEvent {}
