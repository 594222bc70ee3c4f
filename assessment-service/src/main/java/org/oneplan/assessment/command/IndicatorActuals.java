package org.oneplan.assessment.command;

import java.math.BigDecimal;
import java.util.UUID;
import org.oneplan.assessment.api.AssessmentCommands.RecordIndicatorActualCommand;
import org.oneplan.contracts.assessment.IndicatorActualRecordedEvent;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.platform.domain.InvalidCommand;

/**
 * An indicator's actual value as it may be stored: not negative, and for an indicator that counts people
 * by sex (Women, Peace and Security) split into women and men who add up to it; for any other, not split.
 */
final class IndicatorActuals {

    private IndicatorActuals() {}

    static IndicatorActualRecordedEvent of(UUID assessmentId, Indicator indicator, RecordIndicatorActualCommand c) {
        BigDecimal value = notNegative("value", c.value());
        if (value == null) {
            throw new InvalidCommand("value", "Give the value the indicator measured");
        }
        if (!indicator.sexDisaggregated()) {
            if (c.women() != null || c.men() != null) {
                throw new InvalidCommand("women", "This indicator is not disaggregated by sex: give the value alone");
            }
            return new IndicatorActualRecordedEvent(assessmentId, c.goalId(), c.indicatorId(), value, null, null);
        }
        BigDecimal women = notNegative("women", c.women());
        BigDecimal men = notNegative("men", c.men());
        if (women == null || men == null) {
            throw new InvalidCommand("women", "This indicator is disaggregated by sex: give women and men as well");
        }
        if (women.add(men).compareTo(value) != 0) {
            throw new InvalidCommand(
                    "value", "value must be women + men (" + women.add(men).toPlainString() + ")");
        }
        return new IndicatorActualRecordedEvent(assessmentId, c.goalId(), c.indicatorId(), value, women, men);
    }

    private static BigDecimal notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidCommand(field, field + " must not be negative");
        }
        if (value == null) {
            return null;
        }
        // One form per number (40.0 and 40 are one value), never an exponent (40, not 4E+1).
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
