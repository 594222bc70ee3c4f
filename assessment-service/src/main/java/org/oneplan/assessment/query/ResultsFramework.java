package org.oneplan.assessment.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.assessment.messaging.ItppView;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.itpp.Indicator;

/**
 * An ITPP's results framework, the way results frameworks (IATI) report it: each partnership goal a result,
 * each of its indicators with baseline and target, and two periods (the mid-term's, cycle years 1-2, and the
 * end of the cycle's, years 3-4) whose actual values come from the approved assessment of that period (its
 * latest approved revision).
 */
public record ResultsFramework(
        UUID itppId,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        ItppView.Stage stage,
        List<Result> results) {

    /** One partnership goal as a result. */
    public record Result(UUID goalId, String title, List<UUID> objectiveIds, List<IndicatorResult> indicators) {}

    public record IndicatorResult(
            UUID indicatorId,
            String description,
            String unit,
            BigDecimal baseline,
            int baselineYear,
            BigDecimal target,
            int targetYear,
            boolean sexDisaggregated,
            List<Period> periods) {}

    /**
     * One reporting period; {@code target} only in the period of the target's year, actuals only once the
     * period's assessment is approved.
     */
    public record Period(
            AssessmentKind assessedBy,
            LocalDate start,
            LocalDate end,
            @Schema(nullable = true) BigDecimal target,
            @Schema(nullable = true) UUID assessmentId,
            @Schema(nullable = true) BigDecimal actual,
            @Schema(nullable = true) BigDecimal actualWomen,
            @Schema(nullable = true) BigDecimal actualMen) {}

    /** The framework of {@code itpp}, with actuals from {@code assessments} (approved ones only count). */
    public static ResultsFramework of(ItppView itpp, List<AssessmentDocument> assessments) {
        List<AssessmentDocument> approved = assessments.stream()
                .filter(a -> a.itppId().equals(itpp.itppId()) && a.status() == AssessmentStatus.APPROVED)
                .toList();
        List<Result> results = itpp.goals().stream()
                .map(goal -> new Result(
                        goal.goalId(),
                        goal.title(),
                        goal.objectiveIds(),
                        goal.indicators().stream()
                                .map(indicator -> indicatorResult(itpp, goal.goalId(), indicator, approved))
                                .toList()))
                .toList();
        return new ResultsFramework(
                itpp.itppId(), itpp.partnerId(), itpp.partnerCode(), itpp.cycleStartYear(), itpp.stage(), results);
    }

    private static IndicatorResult indicatorResult(
            ItppView itpp, UUID goalId, Indicator indicator, List<AssessmentDocument> approved) {
        int first = itpp.cycleStartYear();
        boolean targetInMidTerm = indicator.targetYear() <= first + 1;
        List<Period> periods = List.of(
                period(AssessmentKind.MID_TERM, first, targetInMidTerm, goalId, indicator, approved),
                period(AssessmentKind.END_OF_CYCLE, first + 2, !targetInMidTerm, goalId, indicator, approved));
        return new IndicatorResult(
                indicator.indicatorId(),
                indicator.description(),
                indicator.unit(),
                indicator.baseline(),
                indicator.baselineYear(),
                indicator.target(),
                indicator.targetYear(),
                indicator.sexDisaggregated(),
                periods);
    }

    private static Period period(
            AssessmentKind kind,
            int firstYear,
            boolean holdsTarget,
            UUID goalId,
            Indicator indicator,
            List<AssessmentDocument> approved) {
        Optional<AssessmentDocument> assessment = approved.stream()
                .filter(a -> a.kind() == kind)
                .max(Comparator.comparingInt(AssessmentDocument::revision));
        Optional<GoalAssessment.IndicatorActual> actual = assessment.flatMap(a -> a.goals().stream()
                .filter(goal -> goal.goalId().equals(goalId))
                .flatMap(goal -> goal.actuals().stream())
                .filter(value -> value.indicatorId().equals(indicator.indicatorId()))
                .findFirst());
        return new Period(
                kind,
                LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 1, 12, 31),
                holdsTarget ? indicator.target() : null,
                assessment.map(AssessmentDocument::id).orElse(null),
                actual.map(GoalAssessment.IndicatorActual::value).orElse(null),
                actual.map(GoalAssessment.IndicatorActual::women).orElse(null),
                actual.map(GoalAssessment.IndicatorActual::men).orElse(null));
    }
}
