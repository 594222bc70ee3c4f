package org.oneplan.assessment.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.oneplan.platform.print.CsvTable;

/**
 * An ITPP's results framework as CSV (RFC 4180, through the platform's {@link CsvTable}, which also keeps
 * cells from being read as formulas): one row per indicator and period.
 */
public final class ResultsCsv {

    static final List<String> HEADER = List.of(
            "itpp_id",
            "partner",
            "goal_id",
            "goal",
            "indicator_id",
            "indicator",
            "unit",
            "baseline_year",
            "baseline",
            "target_year",
            "target",
            "period_start",
            "period_end",
            "assessed_by",
            "assessment_id",
            "period_target",
            "actual",
            "actual_women",
            "actual_men");

    private ResultsCsv() {}

    public static String of(ResultsFramework framework) {
        Stream<List<String>> rows = framework.results().stream()
                .flatMap(result -> result.indicators().stream()
                        .flatMap(indicator ->
                                indicator.periods().stream().map(period -> row(framework, result, indicator, period))));
        return CsvTable.of(HEADER, rows);
    }

    private static List<String> row(
            ResultsFramework f,
            ResultsFramework.Result result,
            ResultsFramework.IndicatorResult indicator,
            ResultsFramework.Period period) {
        return List.of(
                f.itppId().toString(),
                f.partnerCode(),
                result.goalId().toString(),
                result.title(),
                indicator.indicatorId().toString(),
                indicator.description(),
                indicator.unit(),
                Integer.toString(indicator.baselineYear()),
                number(indicator.baseline()),
                Integer.toString(indicator.targetYear()),
                number(indicator.target()),
                period.start().toString(),
                period.end().toString(),
                period.assessedBy().name(),
                period.assessmentId() == null ? "" : period.assessmentId().toString(),
                number(period.target()),
                number(period.actual()),
                number(period.actualWomen()),
                number(period.actualMen()));
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
