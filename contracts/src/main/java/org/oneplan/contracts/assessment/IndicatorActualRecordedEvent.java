package org.oneplan.contracts.assessment;

import java.math.BigDecimal;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * Staff recorded what one indicator of a goal actually measured over the assessment's period (the mid-term:
 * cycle years 1-2; the end of the cycle: years 3-4); a later value for the same indicator replaces it.
 *
 * @param women of {@code value}, the count for women, where the indicator is disaggregated by sex; else null
 * @param men of {@code value}, the count for men, where the indicator is disaggregated by sex; else null
 */
@DomainEvent(context = "assessment")
public record IndicatorActualRecordedEvent(
        UUID assessmentId, UUID goalId, UUID indicatorId, BigDecimal value, BigDecimal women, BigDecimal men)
        implements AssessmentEvent {}
