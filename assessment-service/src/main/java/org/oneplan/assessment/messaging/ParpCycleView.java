package org.oneplan.assessment.messaging;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.assessment.ParpGoalBaseline;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;

/**
 * A PARP cycle as assessment-service knows it from {@code oneplan.parp.events}: whose it is, its years, its
 * ITPP, and its approved goals with the implementation status last recorded on each. Only what a PARP
 * assessment is pre-filled with (goals in negotiation are not assessed); built by a pure fold.
 */
public record ParpCycleView(
        UUID parpCycleId,
        UUID partnerId,
        String partnerCode,
        int startYear,
        UUID itppId,
        List<ParpGoalBaseline> goals) {

    /** The cycle after one more of its events; the first must be its opening. */
    public static ParpCycleView fold(ParpCycleView cycle, ParpEvent event) {
        if (event instanceof ParpCycleOpenedEvent opened) {
            return new ParpCycleView(
                    opened.parpCycleId(),
                    opened.partnerId(),
                    opened.partnerCode(),
                    opened.startYear(),
                    opened.itppId(),
                    List.of());
        }
        if (cycle == null) {
            throw new IllegalStateException("a PARP cycle's first event is its opening, not "
                    + event.getClass().getSimpleName());
        }
        return cycle.after(event);
    }

    private ParpCycleView after(ParpEvent event) {
        if (event instanceof ParpPackageApprovedEvent approved) {
            return withGoals(approved.goals().stream()
                    .map(goal -> new ParpGoalBaseline(goal.goalId(), goal.code(), goal.title(), null, null, null))
                    .toList());
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
        return new ParpCycleView(parpCycleId, partnerId, partnerCode, startYear, itppId, newGoals);
    }
}
