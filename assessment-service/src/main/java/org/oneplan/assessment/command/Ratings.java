package org.oneplan.assessment.command;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.oneplan.assessment.command.AssessmentRefusals.GoalNotAssessed;
import org.oneplan.assessment.command.AssessmentRefusals.GoalsNotRated;
import org.oneplan.assessment.command.AssessmentRefusals.ObjectiveNotAssessed;
import org.oneplan.assessment.command.AssessmentRefusals.ObjectivesNotRated;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.platform.domain.DomainRuleViolation;

/**
 * What an assessment rates of one kind (its goals, or its objectives), fixed when it opens, and the rating
 * each has so far. Immutable: each rating gives a new value.
 */
record Ratings(Subject subject, Map<UUID, String> titles, Map<UUID, Rated> ratings) {

    /** What is rated, and how its refusals are named. */
    enum Subject {
        GOAL(GoalNotAssessed::new, GoalsNotRated::new),
        OBJECTIVE(ObjectiveNotAssessed::new, ObjectivesNotRated::new);

        private final Function<UUID, DomainRuleViolation> notAssessed;
        private final Function<List<String>, DomainRuleViolation> notRated;

        Subject(Function<UUID, DomainRuleViolation> notAssessed, Function<List<String>, DomainRuleViolation> notRated) {
            this.notAssessed = notAssessed;
            this.notRated = notRated;
        }
    }

    /** One rating with its justification. */
    record Rated(GoalRating rating, String justification) {}

    Ratings {
        titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
        ratings = Map.copyOf(ratings);
    }

    static <T> Ratings of(Subject subject, List<T> baseline, Function<T, UUID> idOf, Function<T, String> titleOf) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        baseline.forEach(item -> titles.put(idOf.apply(item), titleOf.apply(item)));
        return new Ratings(subject, titles, Map.of());
    }

    void requireAssessed(UUID id) {
        if (!titles.containsKey(id)) {
            throw subject.notAssessed.apply(id);
        }
    }

    /** Whether {@code rated} says what the current rating of {@code id} says already (then nothing is stored). */
    boolean isCurrent(UUID id, Rated rated) {
        return rated.equals(ratings.get(id));
    }

    void requireAllRated() {
        List<String> unrated = titles.entrySet().stream()
                .filter(item -> !ratings.containsKey(item.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (!unrated.isEmpty()) {
            throw subject.notRated.apply(unrated);
        }
    }

    Ratings after(UUID id, Rated rated) {
        Map<UUID, Rated> more = new HashMap<>(ratings);
        more.put(id, rated);
        return new Ratings(subject, titles, more);
    }
}
