package org.oneplan.contracts.assessment;

import java.util.UUID;

/**
 * Everything that happens to a PARP assessment (NATO staff's review of a PARP cycle's goals, years 2 and 4);
 * published on {@code oneplan.assessment.events}, keyed by its id. A family of its own, so that consumers of
 * the ITPP assessments' events pass these by.
 */
public sealed interface ParpAssessmentEvent
        permits ParpAssessmentOpenedEvent,
                ParpGoalAssessedEvent,
                ParpOverallAssessmentWrittenEvent,
                ParpAssessmentCommentedEvent,
                ParpAssessmentSubmittedEvent,
                ParpAssessmentCirculatedEvent,
                ParpAssessmentSilenceBrokenEvent,
                ParpAssessmentApprovedEvent {

    UUID assessmentId();
}
