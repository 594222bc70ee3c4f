package org.oneplan.contracts.itpp;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How a goal's outcome is measured, in the shape of IATI results: a unit, a baseline in a year and a
 * target in a year. {@code sexDisaggregated} marks indicators that count people, whose values are
 * reported by sex (Women, Peace and Security).
 */
public record Indicator(
        UUID indicatorId,
        String description,
        String unit,
        BigDecimal baseline,
        int baselineYear,
        BigDecimal target,
        int targetYear,
        boolean sexDisaggregated) {}
