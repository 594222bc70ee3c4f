package org.oneplan.itpp.command;

import java.util.List;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppCycle;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.itpp.api.ItppCommands.AddGoalCommand;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * What a partnership goal needs: an outcome and rationale, at least one objective to serve, milestones
 * due inside the cycle, and indicators whose targets fall due by the cycle's last year.
 */
final class GoalPolicy {

    private GoalPolicy() {}

    static void checkStatement(AddGoalCommand command) {
        Require.text("title", command.title());
        Require.text("expectedOutcome", command.expectedOutcome());
        Require.text("rationale", command.rationale());
        if (command.objectiveIds() == null || command.objectiveIds().isEmpty()) {
            throw new InvalidCommand("objectiveIds", "A goal serves at least one strategic objective");
        }
    }

    static void checkPlacement(AddGoalCommand command, ItppCycle cycle) {
        milestonesOf(command).forEach(milestone -> checkDue(milestone, cycle));
        indicatorsOf(command).forEach(indicator -> checkTarget(indicator, cycle));
    }

    static List<Milestone> milestonesOf(AddGoalCommand command) {
        return command.milestones() == null ? List.of() : command.milestones();
    }

    static List<Indicator> indicatorsOf(AddGoalCommand command) {
        return command.indicators() == null ? List.of() : command.indicators();
    }

    private static void checkDue(Milestone milestone, ItppCycle cycle) {
        if (!cycle.contains(milestone.dueDate())) {
            throw new InvalidCommand(
                    "milestones",
                    "Milestone '" + milestone.description() + "' is due " + milestone.dueDate() + ", outside the cycle "
                            + cycle);
        }
    }

    private static void checkTarget(Indicator indicator, ItppCycle cycle) {
        Require.text("indicators.description", indicator.description());
        Require.text("indicators.unit", indicator.unit());
        if (indicator.targetYear() < indicator.baselineYear() || indicator.targetYear() > cycle.lastYear()) {
            throw new InvalidCommand(
                    "indicators",
                    "Indicator '" + indicator.description() + "' needs a target year"
                            + " from its baseline year to the cycle's last year " + cycle.lastYear());
        }
    }
}
