package org.oneplan.contracts.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Silence held on an end-of-cycle assessment: it is approved and frozen. It carries the recommendation for
 * the next cycle, so that itpp-service drafts the next ITPP from it without asking.
 *
 * @param recommendations the assessment's recommendations as free text, {@code null} when none were written
 */
@DomainEvent(context = "assessment")
public record EndOfCycleAssessmentApprovedEvent(
        UUID assessmentId,
        UUID itppId,
        UUID partnerId,
        String partnerCode,
        Instant approvedAt,
        String recommendations,
        List<UUID> carryOverGoalIds,
        List<String> newObjectives,
        List<String> newGoals)
        implements AssessmentEvent {

    public EndOfCycleAssessmentApprovedEvent {
        carryOverGoalIds = List.copyOf(carryOverGoalIds);
        newObjectives = List.copyOf(newObjectives);
        newGoals = List.copyOf(newGoals);
    }
}
