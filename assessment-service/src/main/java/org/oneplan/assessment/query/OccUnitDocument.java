package org.oneplan.assessment.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.assessment.api.OccSequence;
import org.oneplan.contracts.assessment.occ.CriterionRating;
import org.oneplan.contracts.assessment.occ.EvaluationResult;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.contracts.assessment.occ.OccEvaluationRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccFeedbackRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccGoalsLinkedEvent;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.contracts.assessment.occ.OccUnitDeclaredEvent;
import org.oneplan.platform.projection.Json;

/**
 * An OCC unit as people read it, by a pure fold over its events (the read model keeps the latest; the same
 * fold rebuilds it as of any past instant or version).
 *
 * @param currentLevel the level of the latest evaluation, null before the first
 * @param nextEvaluation the evaluation due next, null once NEL2 has passed
 */
public record OccUnitDocument(
        UUID id,
        UUID partnerId,
        String partnerCode,
        OccDomain domain,
        String name,
        String size,
        String capability,
        String classification,
        @Schema(nullable = true) OccLevel currentLevel,
        @Schema(nullable = true) OccLevel nextEvaluation,
        List<Evaluation> evaluations,
        List<LinkedGoal> linkedGoals,
        List<Feedback> feedback,
        long version) {

    /** One evaluation as recorded, at the unit's version it was recorded at. */
    public record Evaluation(
            OccLevel level,
            LocalDate evaluatedOn,
            List<String> evaluators,
            List<CriterionRating> ratings,
            EvaluationResult result,
            long version) {}

    /** A partnership goal the unit serves, and the ITPP it belongs to. */
    public record LinkedGoal(UUID goalId, UUID itppId) {}

    /** NATO's feedback on the evaluation of a level. */
    public record Feedback(OccLevel level, String feedback, long version) {}

    /** The unit after one more event; the first event must be its declaration. */
    public static OccUnitDocument fold(OccUnitDocument unit, Object event, long version) {
        if (event instanceof OccUnitDeclaredEvent declared) {
            return new OccUnitDocument(
                    declared.unitId(),
                    declared.partnerId(),
                    declared.partnerCode(),
                    declared.domain(),
                    declared.name(),
                    declared.size(),
                    declared.capability(),
                    "NATO RESTRICTED - Releasable to " + declared.partnerCode(),
                    null,
                    OccSequence.next(null, null),
                    List.of(),
                    List.of(),
                    List.of(),
                    version);
        }
        if (unit == null) {
            throw new IllegalStateException("an OCC unit's first event is its declaration, not "
                    + event.getClass().getSimpleName());
        }
        return unit.after(event, version);
    }

    private OccUnitDocument after(Object event, long at) {
        OccLevel current = currentLevel;
        OccLevel next = nextEvaluation;
        List<Evaluation> evaluated = evaluations;
        List<LinkedGoal> goals = linkedGoals;
        List<Feedback> feedbacks = feedback;
        if (event instanceof OccEvaluationRecordedEvent e) {
            evaluated = plus(
                    evaluations,
                    new Evaluation(e.level(), e.evaluatedOn(), e.evaluators(), e.ratings(), e.result(), at));
            current = e.level();
            next = OccSequence.next(e.level(), e.result());
        }
        if (event instanceof OccGoalsLinkedEvent e) {
            for (UUID goal : e.goalIds()) {
                goals = plus(goals, new LinkedGoal(goal, e.itppId()));
            }
        }
        if (event instanceof OccFeedbackRecordedEvent e) {
            feedbacks = plus(feedback, new Feedback(e.level(), e.feedback(), at));
        }
        return new OccUnitDocument(
                id,
                partnerId,
                partnerCode,
                domain,
                name,
                size,
                capability,
                classification,
                current,
                next,
                evaluated,
                goals,
                feedbacks,
                at);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return List.copyOf(more);
    }

    static OccUnitDocument fromJson(String json) {
        return Json.read(json, OccUnitDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
