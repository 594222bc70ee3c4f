package org.oneplan.assessment.command;

import java.util.List;
import java.util.UUID;
import org.oneplan.assessment.api.AssessmentIds;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.ItppAssessmentOpening;
import org.oneplan.contracts.assessment.ItppAssessmentRevisionOpenedEvent;
import org.oneplan.contracts.assessment.ObjectiveBaseline;

/** What an assessment was opened over; a revision correcting it is opened over the same. */
record AssessmentBaseline(int cycleStartYear, List<ObjectiveBaseline> objectives, List<GoalBaseline> goals) {

    static AssessmentBaseline of(ItppAssessmentOpening opened) {
        return new AssessmentBaseline(opened.cycleStartYear(), opened.objectives(), opened.goals());
    }

    /** The opening of the next revision of the assessment {@code header} heads. */
    ItppAssessmentRevisionOpenedEvent nextRevision(AssessmentHeader header) {
        int next = header.revision() + 1;
        UUID id = AssessmentIds.revision(header.itppId(), header.kind(), next);
        return new ItppAssessmentRevisionOpenedEvent(
                id,
                header.assessmentId(),
                next,
                header.kind(),
                header.itppId(),
                header.partnerId(),
                header.partnerCode(),
                cycleStartYear,
                objectives,
                goals);
    }
}
