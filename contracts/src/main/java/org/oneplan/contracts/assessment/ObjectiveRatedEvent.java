package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff rated one strategic objective over the cycle, saying why; a later rating of it replaces this one. */
@DomainEvent(context = "assessment")
public record ObjectiveRatedEvent(UUID assessmentId, UUID objectiveId, GoalRating rating, String justification)
        implements AssessmentEvent {}
