package org.oneplan.assessment.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.assessment.command.AssessmentRefusals.GoalNotAssessed;
import org.oneplan.assessment.command.AssessmentRefusals.GoalsNotRated;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRatedEvent;

/**
 * The goals an assessment rates (its baseline, fixed when it opens) and the rating each has so far.
 * Immutable: each rating gives a new value.
 */
record GoalRatings(Map<UUID, String> titles, Map<UUID, GoalRatedEvent> ratings) {

    GoalRatings {
        titles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(titles));
        ratings = Map.copyOf(ratings);
    }

    static GoalRatings of(List<GoalBaseline> baseline) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        baseline.forEach(goal -> titles.put(goal.goalId(), goal.title()));
        return new GoalRatings(titles, Map.of());
    }

    void requireAssessed(UUID goalId) {
        if (!titles.containsKey(goalId)) {
            throw new GoalNotAssessed(goalId);
        }
    }

    /** Whether {@code rating} says what the goal's current rating says already (then nothing is stored). */
    boolean isCurrent(GoalRatedEvent rating) {
        return rating.equals(ratings.get(rating.goalId()));
    }

    void requireAllRated() {
        List<String> unrated = titles.entrySet().stream()
                .filter(goal -> !ratings.containsKey(goal.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (!unrated.isEmpty()) {
            throw new GoalsNotRated(unrated);
        }
    }

    GoalRatings after(GoalRatedEvent rated) {
        Map<UUID, GoalRatedEvent> more = new java.util.HashMap<>(ratings);
        more.put(rated.goalId(), rated);
        return new GoalRatings(titles, more);
    }
}
