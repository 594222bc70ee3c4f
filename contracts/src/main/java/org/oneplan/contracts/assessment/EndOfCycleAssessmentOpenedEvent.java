package org.oneplan.contracts.assessment;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The end-of-cycle assessment (output 5) of an ITPP opened when year 4 of its cycle began, pre-filled with
 * every strategic objective and every partnership goal (milestones with progress, activities) as the ITPP
 * topic told them: over the whole cycle, what it rates.
 */
@DomainEvent(context = "assessment")
public record EndOfCycleAssessmentOpenedEvent(
        UUID assessmentId,
        UUID itppId,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        List<ObjectiveBaseline> objectives,
        List<GoalBaseline> goals)
        implements AssessmentEvent, ItppAssessmentOpening {

    public EndOfCycleAssessmentOpenedEvent {
        objectives = List.copyOf(objectives);
        goals = List.copyOf(goals);
    }

    @Override
    public AssessmentKind kind() {
        return AssessmentKind.END_OF_CYCLE;
    }
}
