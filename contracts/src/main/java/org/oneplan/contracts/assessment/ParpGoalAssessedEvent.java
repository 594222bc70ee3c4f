package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;
import org.oneplan.contracts.parp.ImplementationStatus;

/** Staff assessed one PARP goal: its implementation status and a rating, saying why; a later one replaces it. */
@DomainEvent(context = "assessment")
public record ParpGoalAssessedEvent(
        UUID assessmentId, UUID goalId, ImplementationStatus status, GoalRating rating, String justification)
        implements ParpAssessmentEvent {}
