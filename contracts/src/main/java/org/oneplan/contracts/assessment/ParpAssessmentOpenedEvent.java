package org.oneplan.contracts.assessment;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Staff opened the assessment of a PARP cycle for a review year, pre-filled with the cycle's approved goals.
 * {@code revision} counts from 1; a revision above 1 corrects the approved revision {@code corrects}.
 * {@code itppId} is the ITPP the cycle sits in (null if it names none).
 */
@DomainEvent(context = "assessment")
public record ParpAssessmentOpenedEvent(
        UUID assessmentId,
        UUID parpCycleId,
        UUID partnerId,
        String partnerCode,
        UUID itppId,
        int cycleStartYear,
        int reviewYear,
        int revision,
        UUID corrects,
        List<ParpGoalBaseline> goals)
        implements ParpAssessmentEvent {

    public ParpAssessmentOpenedEvent {
        goals = List.copyOf(goals);
    }
}
