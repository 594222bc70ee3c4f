package org.oneplan.assessment.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.contracts.assessment.ParpGoalBaseline;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;

/**
 * A PARP cycle as assessment-service knows it from {@code oneplan.parp.events}: whose it is, its years, its
 * ITPP, and its approved goals with the implementation status last recorded on each and the ITPP goals each
 * serves. Only what a PARP
 * assessment is pre-filled with (goals in negotiation are not assessed); built by a pure fold.
 */
public record ParpCycleView(
        UUID parpCycleId,
        UUID partnerId,
        String partnerCode,
        int startYear,
        UUID itppId,
        List<ParpGoalBaseline> goals,
        Map<UUID, List<UUID>> itppGoalsServed) {

    /** A view stored before the ITPP goals served were kept reads with none; a rebuild fills them. */
    public ParpCycleView {
        itppGoalsServed = itppGoalsServed == null ? Map.of() : itppGoalsServed;
    }

    /** The approved PARP goals serving the ITPP goal {@code itppGoalId}. */
    public List<ParpGoalBaseline> serving(UUID itppGoalId) {
        return goals.stream()
                .filter(goal ->
                        itppGoalsServed.getOrDefault(goal.goalId(), List.of()).contains(itppGoalId))
                .toList();
    }

    /** The cycle after one more of its events; the first must be its opening. */
    public static ParpCycleView fold(ParpCycleView cycle, ParpEvent event) {
        if (event instanceof ParpCycleOpenedEvent opened) {
            return new ParpCycleView(
                    opened.parpCycleId(),
                    opened.partnerId(),
                    opened.partnerCode(),
                    opened.startYear(),
                    opened.itppId(),
                    List.of(),
                    Map.of());
        }
        if (cycle == null) {
            throw new IllegalStateException("a PARP cycle's first event is its opening, not "
                    + event.getClass().getSimpleName());
        }
        return cycle.after(event);
    }

    private ParpCycleView after(ParpEvent event) {
        if (event instanceof ParpPackageApprovedEvent approved) {
            return new ParpCycleView(
                    parpCycleId,
                    partnerId,
                    partnerCode,
                    startYear,
                    itppId,
                    approved.goals().stream()
                            .map(goal ->
                                    new ParpGoalBaseline(goal.goalId(), goal.code(), goal.title(), null, null, null))
                            .toList(),
                    approved.goals().stream()
                            .collect(Collectors.toMap(ApprovedParpGoal::goalId, ApprovedParpGoal::itppGoalIds)));
        }
        if (event instanceof ParpGoalProgressRecordedEvent e) {
            return withGoals(goals.stream()
                    .map(goal -> goal.goalId().equals(e.goalId())
                            ? new ParpGoalBaseline(
                                    goal.goalId(), goal.code(), goal.title(), e.status(), e.evidence(), e.recordedOn())
                            : goal)
                    .toList());
        }
        return this;
    }

    private ParpCycleView withGoals(List<ParpGoalBaseline> newGoals) {
        return new ParpCycleView(parpCycleId, partnerId, partnerCode, startYear, itppId, newGoals, itppGoalsServed);
    }
}
