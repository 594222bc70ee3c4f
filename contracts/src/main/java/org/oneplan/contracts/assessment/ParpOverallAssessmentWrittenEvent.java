package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff wrote the PARP assessment's overall assessment in full. */
@DomainEvent(context = "assessment")
public record ParpOverallAssessmentWrittenEvent(UUID assessmentId, String text) implements ParpAssessmentEvent {}
