package org.oneplan.itpp.command;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.itpp.api.ItppCommands.AddGoalCommand;
import org.oneplan.itpp.api.ItppCommands.AddObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.ReviseObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawGoalCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawObjectiveCommand;
import org.oneplan.itpp.command.ItppRefusals.NothingToSubmit;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveNotAvailable;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveStillServed;
import org.oneplan.itpp.command.ItppRefusals.UnknownGoal;
import org.oneplan.platform.domain.Require;

/**
 * Outputs 1 and 2 of one ITPP as they stand: its strategic objectives and the partnership goals serving
 * them, in the order they were added. They change only while the text is a draft. A member of the
 * {@link Itpp} aggregate, which hands it a fresh {@link ItppHeader} with every event.
 */
record ItppOutputs(ItppHeader header, List<StrategicObjective> objectives, List<PartnershipGoal> goals) {

    static ItppOutputs none(ItppHeader header) {
        return new ItppOutputs(header, List.of(), List.of());
    }

    boolean hasGoal(UUID goalId) {
        return goals.stream().anyMatch(goal -> goal.id().equals(goalId));
    }

    @CommandHandler
    long handle(AddObjectiveCommand command) {
        header.requireDraft();
        Require.text("title", command.title());
        Require.text("intendedOutcome", command.intendedOutcome());
        return header.record(new StrategicObjectiveAddedEvent(
                header.itppId(),
                command.objectiveId(),
                command.title().strip(),
                command.description(),
                command.intendedOutcome().strip()));
    }

    @CommandHandler
    long handle(ReviseObjectiveCommand command) {
        header.requireDraft();
        objective(command.objectiveId());
        Require.text("title", command.title());
        Require.text("intendedOutcome", command.intendedOutcome());
        return header.record(new StrategicObjectiveRevisedEvent(
                header.itppId(),
                command.objectiveId(),
                command.title().strip(),
                command.description(),
                command.intendedOutcome().strip()));
    }

    /** An objective goes only when no goal serves it any more. */
    @CommandHandler
    long handle(WithdrawObjectiveCommand command) {
        header.requireDraft();
        objective(command.objectiveId());
        if (goals.stream().anyMatch(goal -> goal.serves(command.objectiveId()))) {
            throw new ObjectiveStillServed();
        }
        return header.record(new StrategicObjectiveWithdrawnEvent(header.itppId(), command.objectiveId()));
    }

    @CommandHandler
    long handle(AddGoalCommand command) {
        header.requireDraft();
        GoalPolicy.checkStatement(command);
        command.objectiveIds().forEach(this::objective);
        GoalPolicy.checkPlacement(command, header.cycle());
        return header.record(new PartnershipGoalAddedEvent(
                header.itppId(),
                command.goalId(),
                command.title().strip(),
                command.expectedOutcome().strip(),
                command.rationale().strip(),
                command.objectiveIds(),
                GoalPolicy.milestonesOf(command),
                GoalPolicy.indicatorsOf(command)));
    }

    @CommandHandler
    long handle(WithdrawGoalCommand command) {
        header.requireDraft();
        if (goals.stream().noneMatch(goal -> goal.id().equals(command.goalId()))) {
            throw new UnknownGoal(command.goalId());
        }
        return header.record(new PartnershipGoalWithdrawnEvent(header.itppId(), command.goalId()));
    }

    /** Outputs 1 and 2 go to approval together, with at least one objective and one goal. */
    void requireSubmittable() {
        if (objectives.isEmpty() || goals.isEmpty()) {
            throw new NothingToSubmit();
        }
    }

    private StrategicObjective objective(UUID objectiveId) {
        return objectives.stream()
                .filter(objective -> objective.id().equals(objectiveId))
                .findFirst()
                .orElseThrow(() -> new ObjectiveNotAvailable(objectiveId));
    }

    /** The outputs after {@code event}, under the ITPP's header as it stands after it. */
    ItppOutputs after(ItppEvent event, ItppHeader header) {
        if (event instanceof StrategicObjectiveAddedEvent e) {
            return new ItppOutputs(
                    header,
                    plus(
                            objectives,
                            new StrategicObjective(e.objectiveId(), e.title(), e.description(), e.intendedOutcome())),
                    goals);
        }
        if (event instanceof StrategicObjectiveRevisedEvent e) {
            List<StrategicObjective> revised = objectives.stream()
                    .map(o -> o.id().equals(e.objectiveId())
                            ? new StrategicObjective(o.id(), e.title(), e.description(), e.intendedOutcome())
                            : o)
                    .toList();
            return new ItppOutputs(header, revised, goals);
        }
        if (event instanceof StrategicObjectiveWithdrawnEvent e) {
            return new ItppOutputs(header, minus(objectives, o -> o.id().equals(e.objectiveId())), goals);
        }
        if (event instanceof PartnershipGoalAddedEvent e) {
            PartnershipGoal goal = new PartnershipGoal(
                    e.goalId(),
                    e.title(),
                    e.expectedOutcome(),
                    e.rationale(),
                    e.objectiveIds(),
                    e.milestones(),
                    e.indicators());
            return new ItppOutputs(header, objectives, plus(goals, goal));
        }
        if (event instanceof PartnershipGoalWithdrawnEvent e) {
            return new ItppOutputs(header, objectives, minus(goals, g -> g.id().equals(e.goalId())));
        }
        return new ItppOutputs(header, objectives, goals);
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> more = new ArrayList<>(items);
        more.add(item);
        return List.copyOf(more);
    }

    private static <T> List<T> minus(List<T> items, Predicate<T> which) {
        return items.stream().filter(which.negate()).toList();
    }
}
