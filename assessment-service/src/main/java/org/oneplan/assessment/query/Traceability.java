package org.oneplan.assessment.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.assessment.messaging.ItppView;
import org.oneplan.assessment.messaging.ParpCycleView;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.contracts.itpp.ActivityStatus;

/**
 * One ITPP traced from end to end, from this service's read models: each strategic objective, the goals
 * serving it, the PARP goals and OCC units serving those, the activities (and the PCM events they attend),
 * and the ratings the approved assessments gave objective and goal over the cycle.
 */
public record Traceability(UUID itppId, String partnerCode, int cycleStartYear, List<ObjectiveTrace> objectives) {

    public record ObjectiveTrace(UUID objectiveId, String title, List<Rating> ratings, List<GoalTrace> goals) {}

    public record GoalTrace(
            UUID goalId,
            String title,
            List<Rating> ratings,
            List<ParpGoalTrace> parpGoals,
            List<OccUnitTrace> occUnits,
            List<ActivityTrace> activities) {}

    /** An OCC unit linked to the goal, at the evaluation level it has reached. */
    public record OccUnitTrace(
            UUID unitId,
            String name,
            @Schema(nullable = true) OccLevel currentLevel) {}

    /** A PARP goal of the partner's PARP cycle that serves the ITPP goal. */
    public record ParpGoalTrace(
            UUID parpCycleId,
            String code,
            String title,
            @Schema(nullable = true) String implementationStatus) {}

    /** An activity serving the goal; {@code pcmEventCode} names the PCM event it attends, if it is one. */
    public record ActivityTrace(
            UUID activityId,
            String title,
            ActivityStatus status,
            @Schema(nullable = true) String pcmEventCode) {}

    /** What an approved assessment said of the objective or goal. */
    public record Rating(
            UUID assessmentId, AssessmentKind kind, Instant approvedAt, GoalRating rating, String justification) {}

    /**
     * @param parpCycles the partner's PARP cycles of this ITPP, from this service's view of the PARP topic
     * @param occUnits the partner's OCC units
     */
    public static Traceability of(
            ItppView itpp,
            List<AssessmentDocument> assessments,
            List<ParpCycleView> parpCycles,
            List<OccUnitDocument> occUnits) {
        Links links = new Links(parpCycles, occUnits);
        List<AssessmentDocument> approved = assessments.stream()
                .filter(a -> a.itppId().equals(itpp.itppId()) && a.status() == AssessmentStatus.APPROVED)
                .sorted(java.util.Comparator.comparing(AssessmentDocument::approvedAt))
                .toList();
        List<ObjectiveTrace> objectives = itpp.objectives().stream()
                .map(objective -> new ObjectiveTrace(
                        objective.objectiveId(),
                        objective.title(),
                        ratings(approved, a -> objectiveRating(a, objective.objectiveId())),
                        itpp.goals().stream()
                                .filter(goal -> goal.objectiveIds().contains(objective.objectiveId()))
                                .map(goal -> goal(itpp, goal, approved, links))
                                .toList()))
                .toList();
        return new Traceability(itpp.itppId(), itpp.partnerCode(), itpp.cycleStartYear(), objectives);
    }

    private static GoalTrace goal(ItppView itpp, ItppView.Goal goal, List<AssessmentDocument> approved, Links links) {
        return new GoalTrace(
                goal.goalId(),
                goal.title(),
                ratings(approved, a -> goalRating(a, goal.goalId())),
                links.parpGoalsServing(goal.goalId()),
                links.occUnitsServing(goal.goalId()),
                itpp.activities().stream()
                        .filter(activity -> activity.goalIds().contains(goal.goalId()))
                        .map(a -> new ActivityTrace(a.activityId(), a.title(), a.status(), a.pcmEventCode()))
                        .toList());
    }

    /** What serves an ITPP goal from outside the ITPP: PARP goals and OCC units. */
    private record Links(List<ParpCycleView> parpCycles, List<OccUnitDocument> occUnits) {

        List<ParpGoalTrace> parpGoalsServing(UUID goalId) {
            return parpCycles.stream()
                    .flatMap(cycle -> cycle.serving(goalId).stream()
                            .map(g -> new ParpGoalTrace(
                                    cycle.parpCycleId(),
                                    g.code(),
                                    g.title(),
                                    g.reportedStatus() == null
                                            ? null
                                            : g.reportedStatus().name())))
                    .toList();
        }

        List<OccUnitTrace> occUnitsServing(UUID goalId) {
            return occUnits.stream()
                    .filter(unit ->
                            unit.linkedGoals().stream().anyMatch(l -> l.goalId().equals(goalId)))
                    .map(unit -> new OccUnitTrace(unit.id(), unit.name(), unit.currentLevel()))
                    .toList();
        }
    }

    private static List<Rating> ratings(
            List<AssessmentDocument> approved, Function<AssessmentDocument, Optional<Rating>> ratingIn) {
        return approved.stream().map(ratingIn).flatMap(Optional::stream).toList();
    }

    private static Optional<Rating> objectiveRating(AssessmentDocument a, UUID objectiveId) {
        return a.objectives().stream()
                .filter(o -> o.objectiveId().equals(objectiveId) && o.rating() != null)
                .findFirst()
                .map(o -> new Rating(a.id(), a.kind(), a.approvedAt(), o.rating(), o.justification()));
    }

    private static Optional<Rating> goalRating(AssessmentDocument a, UUID goalId) {
        return a.goals().stream()
                .filter(g -> g.goalId().equals(goalId) && g.rating() != null)
                .findFirst()
                .map(g -> new Rating(a.id(), a.kind(), a.approvedAt(), g.rating(), g.justification()));
    }
}
