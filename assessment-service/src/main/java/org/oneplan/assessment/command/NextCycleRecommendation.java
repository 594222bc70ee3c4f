package org.oneplan.assessment.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.oneplan.assessment.api.AssessmentCommands.RecommendNextCycleCommand;
import org.oneplan.contracts.assessment.NextCycleRecommendedEvent;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * The end-of-cycle recommendation as it is stored: goals to carry over named once each, new objectives
 * and goals as stripped, non-empty texts, and at least one thing recommended.
 */
final class NextCycleRecommendation {

    private NextCycleRecommendation() {}

    static NextCycleRecommendedEvent of(UUID assessmentId, RecommendNextCycleCommand command) {
        List<UUID> carried = List.copyOf(new LinkedHashSet<>(required("carryOverGoalIds", command.carryOverGoalIds())));
        List<String> objectives = texts("newObjectives", command.newObjectives());
        List<String> goals = texts("newGoals", command.newGoals());
        if (carried.isEmpty() && objectives.isEmpty() && goals.isEmpty()) {
            throw new InvalidCommand(
                    "carryOverGoalIds", "Recommend at least one goal to carry over, or a new objective or goal");
        }
        return new NextCycleRecommendedEvent(assessmentId, carried, objectives, goals);
    }

    private static <T> List<T> required(String field, List<T> items) {
        if (items == null || items.stream().anyMatch(Objects::isNull)) {
            throw new InvalidCommand(field, field + " must be a list without nulls (it may be empty)");
        }
        return items;
    }

    private static List<String> texts(String field, List<String> texts) {
        required(field, texts).forEach(text -> Require.text(field, text));
        return texts.stream().map(String::strip).toList();
    }
}
