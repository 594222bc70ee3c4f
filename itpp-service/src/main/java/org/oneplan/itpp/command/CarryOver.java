package org.oneplan.itpp.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.oneplan.contracts.itpp.ItppCarriedOverEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.NextCycleRecommendationsReceivedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.itpp.api.ItppCommands.CarriedGoal;
import org.oneplan.itpp.api.ItppCommands.CarriedObjective;
import org.oneplan.itpp.api.ItppCommands.DraftNextCycleCommand;
import org.oneplan.itpp.api.ItppCommands.Recommended;
import org.oneplan.itpp.api.ItppIds;
import org.oneplan.platform.domain.InvalidCommand;

/**
 * Renewal: the next cycle's draft carries over the goals chosen from this cycle's ITPP and the objectives
 * they serve, under ids derived from the new ITPP's, and without milestones, which belonged to the old
 * cycle; renewed from an end-of-cycle assessment, it also records what the assessment recommends.
 */
final class CarryOver {

    private CarryOver() {}

    /** The draft of the next cycle for the same partner, carrying over {@code goalIds} of {@code previous}. */
    static DraftNextCycleCommand draftNextCycle(
            UUID previousItppId,
            UUID partnerId,
            int nextCycleStartYear,
            ItppOutputs previous,
            List<UUID> goalIds,
            Recommended recommended) {
        if (goalIds == null) {
            throw new InvalidCommand("goalIds", "goalIds must name current goals of ITPP " + previousItppId);
        }
        List<PartnershipGoal> chosen = previous.goals().stream()
                .filter(goal -> goalIds.contains(goal.id()))
                .toList();
        if (chosen.size() != Set.copyOf(goalIds).size()) {
            throw new InvalidCommand("goalIds", "goalIds must name current goals of ITPP " + previousItppId);
        }
        UUID next = ItppIds.of(partnerId, nextCycleStartYear);
        Set<UUID> served = new LinkedHashSet<>();
        chosen.forEach(goal -> served.addAll(goal.objectiveIds()));
        List<CarriedObjective> objectives = previous.objectives().stream()
                .filter(objective -> served.contains(objective.id()))
                .map(o -> new CarriedObjective(
                        ItppIds.carriedOver(next, o.id()), o.title(), o.description(), o.intendedOutcome()))
                .toList();
        List<CarriedGoal> goals = chosen.stream()
                .map(g -> new CarriedGoal(
                        g.id(),
                        ItppIds.carriedOver(next, g.id()),
                        g.title(),
                        g.expectedOutcome(),
                        g.rationale(),
                        g.objectiveIds().stream()
                                .map(id -> ItppIds.carriedOver(next, id))
                                .toList(),
                        g.indicators()))
                .toList();
        return new DraftNextCycleCommand(
                next, partnerId, nextCycleStartYear, previousItppId, objectives, goals, recommended);
    }

    /** What the new ITPP records after its draft: where it came from, then what it carries. */
    static List<ItppEvent> events(DraftNextCycleCommand command) {
        Stream<ItppEvent> origin = Stream.of(new ItppCarriedOverEvent(
                command.itppId(),
                command.previousItppId(),
                command.goals().stream().map(CarriedGoal::previousGoalId).toList()));
        Stream<ItppEvent> objectives = command.objectives().stream()
                .map(o -> new StrategicObjectiveAddedEvent(
                        command.itppId(), o.objectiveId(), o.title(), o.description(), o.intendedOutcome()));
        Stream<ItppEvent> goals = command.goals().stream()
                .map(g -> new PartnershipGoalAddedEvent(
                        command.itppId(),
                        g.goalId(),
                        g.title(),
                        g.expectedOutcome(),
                        g.rationale(),
                        g.objectiveIds(),
                        List.of(),
                        g.indicators()));
        Recommended recommended = command.recommended();
        Stream<ItppEvent> recommendations = recommended == null
                ? Stream.empty()
                : Stream.of(new NextCycleRecommendationsReceivedEvent(
                        command.itppId(),
                        recommended.assessmentId(),
                        recommended.text(),
                        recommended.newObjectives(),
                        recommended.newGoals()));
        return Stream.of(origin, objectives, goals, recommendations)
                .flatMap(s -> s)
                .toList();
    }
}
