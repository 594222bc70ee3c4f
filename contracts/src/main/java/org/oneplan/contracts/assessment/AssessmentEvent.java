package org.oneplan.contracts.assessment;

import java.util.UUID;

/** Everything that happens to an assessment; published on {@code oneplan.assessment.events}, keyed by its id. */
public sealed interface AssessmentEvent
        permits ItppAssessmentOpenedEvent,
                EndOfCycleAssessmentOpenedEvent,
                ItppAssessmentRevisionOpenedEvent,
                ObjectiveRatedEvent,
                IndicatorActualRecordedEvent,
                NextCycleRecommendedEvent,
                EndOfCycleAssessmentApprovedEvent,
                GoalRatedEvent,
                RecommendationsWrittenEvent,
                PartnerCommentRecordedEvent,
                AssessmentSubmittedEvent,
                AssessmentCirculatedEvent,
                AssessmentSilenceBrokenEvent,
                ItppAssessmentApprovedEvent {

    UUID assessmentId();
}
