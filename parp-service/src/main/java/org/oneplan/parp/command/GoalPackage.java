package org.oneplan.parp.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.contracts.parp.ParpGoalAgreedEvent;
import org.oneplan.contracts.parp.ParpGoalChangeRequestedEvent;
import org.oneplan.contracts.parp.ParpGoalDeclinedEvent;
import org.oneplan.contracts.parp.ParpGoalDraftedEvent;
import org.oneplan.contracts.parp.ParpGoalRevisedEvent;
import org.oneplan.contracts.parp.ParpGoalTerms;
import org.oneplan.contracts.parp.ParpGoalWithdrawnEvent;
import org.oneplan.parp.command.ParpRefusals.GoalCodeTaken;
import org.oneplan.parp.command.ParpRefusals.GoalsNotAgreed;
import org.oneplan.parp.command.ParpRefusals.NothingToSubmit;
import org.oneplan.parp.command.ParpRefusals.UnknownGoal;
import org.oneplan.platform.domain.InvalidCommand;

/**
 * The partnership goals of a cycle's package under negotiation: each with its current terms and revision,
 * and the partner's answer to that revision. A revision asks the partner again.
 */
record GoalPackage(int startYear, Map<UUID, Goal> goals) {

    /** How far ahead of the cycle's start a goal's implementation may run. */
    static final int LONGEST_TIMELINE_YEARS = 10;

    enum Answer {
        PENDING,
        AGREED,
        CHANGE_REQUESTED,
        DECLINED
    }

    record Goal(ParpGoalTerms terms, int revision, Answer answer) {}

    static GoalPackage empty(int startYear) {
        return new GoalPackage(startYear, Map.of());
    }

    /** The terms are acceptable for a goal of this package: a free code, years in order and in range. */
    void requireAcceptable(UUID goalId, ParpGoalTerms terms) {
        goals.forEach((id, goal) -> {
            if (!id.equals(goalId) && sameCode(goal.terms().code(), terms.code())) {
                throw new GoalCodeTaken(terms.code());
            }
        });
        if (terms.fromYear() < startYear || terms.fromYear() > startYear + LONGEST_TIMELINE_YEARS) {
            throw new InvalidCommand(
                    "fromYear",
                    "must lie between the cycle's first year " + startYear + " and "
                            + (startYear + LONGEST_TIMELINE_YEARS));
        }
        if (terms.toYear() < terms.fromYear() || terms.toYear() > startYear + LONGEST_TIMELINE_YEARS) {
            throw new InvalidCommand("toYear", "must lie between fromYear and " + (startYear + LONGEST_TIMELINE_YEARS));
        }
    }

    /** {@code G 0101} and {@code G0101} are one code: the space is how people write it, not part of it. */
    private static boolean sameCode(String one, String other) {
        return one.replace(" ", "").equalsIgnoreCase(other.replace(" ", ""));
    }

    boolean has(UUID goalId) {
        return goals.containsKey(goalId);
    }

    Goal goal(UUID goalId) {
        Goal goal = goals.get(goalId);
        if (goal == null) {
            throw new UnknownGoal(goalId);
        }
        return goal;
    }

    /** Every goal agreed by the partner as it stands: only then does the package go to the partner whole. */
    void requireSubmittable() {
        if (goals.isEmpty()) {
            throw new NothingToSubmit();
        }
        List<String> open = goals.values().stream()
                .filter(goal -> goal.answer() != Answer.AGREED)
                .map(goal -> goal.terms().code())
                .sorted()
                .toList();
        if (!open.isEmpty()) {
            throw new GoalsNotAgreed(open);
        }
    }

    List<ApprovedParpGoal> approvedGoals() {
        return goals.entrySet().stream()
                .map(entry -> {
                    ParpGoalTerms terms = entry.getValue().terms();
                    return new ApprovedParpGoal(
                            entry.getKey(),
                            terms.code(),
                            terms.title(),
                            terms.area(),
                            terms.fromYear(),
                            terms.toYear(),
                            terms.itppGoalIds());
                })
                .toList();
    }

    GoalPackage after(ParpEvent event) {
        if (event instanceof ParpGoalDraftedEvent drafted) {
            return with(drafted.goalId(), new Goal(drafted.terms(), 1, Answer.PENDING));
        }
        if (event instanceof ParpGoalRevisedEvent revised) {
            return with(revised.goalId(), new Goal(revised.terms(), revised.revision(), Answer.PENDING));
        }
        if (event instanceof ParpGoalWithdrawnEvent withdrawn) {
            Map<UUID, Goal> fewer = new LinkedHashMap<>(goals);
            fewer.remove(withdrawn.goalId());
            return new GoalPackage(startYear, fewer);
        }
        if (event instanceof ParpGoalAgreedEvent agreed) {
            return answered(agreed.goalId(), Answer.AGREED);
        }
        if (event instanceof ParpGoalChangeRequestedEvent requested) {
            return answered(requested.goalId(), Answer.CHANGE_REQUESTED);
        }
        if (event instanceof ParpGoalDeclinedEvent declined) {
            return answered(declined.goalId(), Answer.DECLINED);
        }
        return this;
    }

    private GoalPackage answered(UUID goalId, Answer answer) {
        Goal goal = goals.get(goalId);
        return with(goalId, new Goal(goal.terms(), goal.revision(), answer));
    }

    private GoalPackage with(UUID goalId, Goal goal) {
        Map<UUID, Goal> more = new LinkedHashMap<>(goals);
        more.put(goalId, goal);
        return new GoalPackage(startYear, more);
    }
}
