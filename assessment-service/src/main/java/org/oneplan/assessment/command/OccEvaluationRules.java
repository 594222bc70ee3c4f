package org.oneplan.assessment.command;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.oneplan.assessment.api.OccCommands.RecordOccEvaluationCommand;
import org.oneplan.assessment.api.OccSequence;
import org.oneplan.assessment.command.OccRefusals.CriterionRatedTwice;
import org.oneplan.assessment.command.OccRefusals.EvaluationBeforePrevious;
import org.oneplan.assessment.command.OccRefusals.EvaluationComplete;
import org.oneplan.assessment.command.OccRefusals.EvaluationOutOfOrder;
import org.oneplan.assessment.command.OccRefusals.NatoEvaluationByStaff;
import org.oneplan.assessment.command.OccRefusals.NotOwnUnit;
import org.oneplan.assessment.command.OccRefusals.SelfEvaluationByPartner;
import org.oneplan.contracts.assessment.occ.CriterionRating;
import org.oneplan.contracts.assessment.occ.EvaluationResult;
import org.oneplan.contracts.assessment.occ.OccEvaluationRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/** Where a unit stands in its evaluations, and the rules a new one must meet to follow. */
record OccEvaluationRules(OccLevel last, EvaluationResult lastResult, LocalDate lastDate) {

    static OccEvaluationRules start() {
        return new OccEvaluationRules(null, null, null);
    }

    OccEvaluationRules after(OccEvaluationRecordedEvent event) {
        return new OccEvaluationRules(event.level(), event.result(), event.evaluatedOn());
    }

    /** The event the command records, if every rule holds; the unit belongs to {@code partnerCode}. */
    OccEvaluationRecordedEvent check(UUID unitId, RecordOccEvaluationCommand command, String partnerCode) {
        OccLevel level = command.level();
        if (level == null) {
            throw new InvalidCommand("level", "Name the level evaluated");
        }
        requireEvaluator(level, command.byNation(), partnerCode);
        OccLevel due = OccSequence.next(last, lastResult);
        if (due == null) {
            throw new EvaluationComplete();
        }
        if (level != due) {
            throw new EvaluationOutOfOrder(due, level);
        }
        requireDate(command.evaluatedOn(), command.today());
        if (command.result() == null) {
            throw new InvalidCommand("result", "Give the overall result");
        }
        return new OccEvaluationRecordedEvent(
                unitId,
                level,
                command.evaluatedOn(),
                evaluators(command.evaluators()),
                ratings(command.ratings()),
                command.result());
    }

    private static void requireEvaluator(OccLevel level, String byNation, String partnerCode) {
        if (level.isSelfEvaluation() && byNation == null) {
            throw new SelfEvaluationByPartner(level);
        }
        if (!level.isSelfEvaluation() && byNation != null) {
            throw new NatoEvaluationByStaff(level);
        }
        if (byNation != null && !byNation.equals(partnerCode)) {
            throw new NotOwnUnit();
        }
    }

    private void requireDate(LocalDate evaluatedOn, LocalDate today) {
        if (evaluatedOn == null || evaluatedOn.isAfter(today)) {
            throw new InvalidCommand("evaluatedOn", "An evaluation is recorded once it has taken place");
        }
        if (lastDate != null && evaluatedOn.isBefore(lastDate)) {
            throw new EvaluationBeforePrevious(lastDate);
        }
    }

    private static List<String> evaluators(List<String> evaluators) {
        if (evaluators == null || evaluators.isEmpty()) {
            throw new InvalidCommand("evaluators", "Name the evaluating organisations or teams");
        }
        evaluators.forEach(evaluator -> Require.text("evaluators", evaluator));
        return evaluators.stream().map(String::strip).toList();
    }

    private static List<CriterionRating> ratings(List<CriterionRating> ratings) {
        if (ratings == null || ratings.isEmpty()) {
            throw new InvalidCommand("ratings", "Rate at least one criterion");
        }
        Set<String> seen = new HashSet<>();
        for (CriterionRating rating : ratings) {
            if (rating == null || rating.rating() == null) {
                throw new InvalidCommand("ratings", "Rate every criterion");
            }
            Require.text("criterion", rating.criterion());
            if (!seen.add(rating.criterion().strip().toLowerCase(Locale.ROOT))) {
                throw new CriterionRatedTwice(rating.criterion().strip());
            }
        }
        return ratings.stream()
                .map(rating -> new CriterionRating(rating.criterion().strip(), rating.rating()))
                .toList();
    }
}
