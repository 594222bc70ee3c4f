package org.oneplan.contracts.assessment.occ;

import java.util.UUID;

/**
 * Everything that happens to a unit in the Operational Capabilities Concept (OCC) Evaluation and Feedback
 * programme; published on {@code oneplan.assessment.events} (beside the ITPP assessments), keyed by the unit's id.
 */
public sealed interface OccUnitEvent
        permits OccUnitDeclaredEvent, OccEvaluationRecordedEvent, OccGoalsLinkedEvent, OccFeedbackRecordedEvent {

    UUID unitId();
}
