package org.oneplan.assessment.command;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.assessment.command.ParpAssessmentRefusals.GoalNotInAssessment;
import org.oneplan.assessment.command.ParpAssessmentRefusals.GoalsNotAssessed;
import org.oneplan.contracts.assessment.ParpGoalAssessedEvent;
import org.oneplan.contracts.assessment.ParpGoalBaseline;

/** The PARP goals an assessment rates (fixed when it opens, by code) and each one's assessment so far. */
record ParpGoalAssessments(Map<UUID, String> codes, Map<UUID, ParpGoalAssessedEvent> assessed) {

    ParpGoalAssessments {
        codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        assessed = Map.copyOf(assessed);
    }

    static ParpGoalAssessments of(List<ParpGoalBaseline> baseline) {
        Map<UUID, String> codes = new LinkedHashMap<>();
        baseline.forEach(goal -> codes.put(goal.goalId(), goal.code()));
        return new ParpGoalAssessments(codes, Map.of());
    }

    boolean includes(UUID goalId) {
        return codes.containsKey(goalId);
    }

    void requireAssessed(UUID goalId) {
        if (!includes(goalId)) {
            throw new GoalNotInAssessment(goalId);
        }
    }

    boolean isCurrent(ParpGoalAssessedEvent event) {
        return event.equals(assessed.get(event.goalId()));
    }

    void requireAllAssessed() {
        List<String> missing = codes.entrySet().stream()
                .filter(goal -> !assessed.containsKey(goal.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (!missing.isEmpty()) {
            throw new GoalsNotAssessed(missing);
        }
    }

    ParpGoalAssessments after(ParpGoalAssessedEvent event) {
        Map<UUID, ParpGoalAssessedEvent> more = new HashMap<>(assessed);
        more.put(event.goalId(), event);
        return new ParpGoalAssessments(codes, more);
    }
}
