package org.oneplan.contracts.assessment;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A correction of an approved ITPP assessment opened as a new revision of it (an approved assessment is
 * frozen): a new draft over the same baseline, rated and approved again; the latest approved revision of a
 * kind is the one that counts.
 *
 * @param revisionOf the approved assessment it corrects
 * @param revision 2 for the first correction, and so on
 */
@DomainEvent(context = "assessment")
public record ItppAssessmentRevisionOpenedEvent(
        UUID assessmentId,
        UUID revisionOf,
        int revision,
        AssessmentKind kind,
        UUID itppId,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        List<ObjectiveBaseline> objectives,
        List<GoalBaseline> goals)
        implements AssessmentEvent, ItppAssessmentOpening {

    public ItppAssessmentRevisionOpenedEvent {
        objectives = List.copyOf(objectives);
        goals = List.copyOf(goals);
    }
}
