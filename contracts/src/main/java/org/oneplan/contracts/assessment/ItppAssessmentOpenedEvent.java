package org.oneplan.contracts.assessment;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * An assessment of an ITPP's cycle opened (the mid-term when year 2 begins), pre-filled with every
 * partnership goal of the ITPP as the ITPP topic told it: the goals it rates and nothing else.
 */
@DomainEvent(context = "assessment")
public record ItppAssessmentOpenedEvent(
        UUID assessmentId,
        AssessmentKind kind,
        UUID itppId,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        List<GoalBaseline> goals)
        implements AssessmentEvent, ItppAssessmentOpening {

    public ItppAssessmentOpenedEvent {
        goals = List.copyOf(goals);
    }

    /** The mid-term rates goals only. */
    @Override
    public List<ObjectiveBaseline> objectives() {
        return List.of();
    }
}
