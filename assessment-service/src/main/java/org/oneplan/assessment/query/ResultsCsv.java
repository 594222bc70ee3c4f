package org.oneplan.assessment.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An ITPP's results framework as CSV (RFC 4180): one row per indicator and period. A cell that a spreadsheet
 * would read as a formula is prefixed with an apostrophe, so that opening the export runs nothing.
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
        return Stream.concat(Stream.of(HEADER), rows)
                .map(row -> row.stream().map(ResultsCsv::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
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

    static String cell(String value) {
        String safe =
                !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        boolean quoted =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
