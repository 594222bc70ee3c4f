package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The assessment's recommendations in full (for the mid-term: updates to output 3 for years 3-4). */
@DomainEvent(context = "assessment")
public record RecommendationsWrittenEvent(UUID assessmentId, String text) implements AssessmentEvent {}
