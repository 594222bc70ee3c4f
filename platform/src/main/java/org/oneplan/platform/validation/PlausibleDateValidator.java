package org.oneplan.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Checks {@link PlausibleDate} on dates and on instants. */
public final class PlausibleDateValidator {

    private static final LocalDate EARLIEST = LocalDate.of(PlausibleDate.EARLIEST_YEAR, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(PlausibleDate.LATEST_YEAR, 12, 31);

    private PlausibleDateValidator() {}

    static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static class ForDate implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || plausible(date);
        }
    }

    public static class ForInstant implements ConstraintValidator<PlausibleDate, Instant> {
        private static final Instant FIRST = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
        private static final Instant AFTER_LAST =
                LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

        @Override
        public boolean isValid(Instant instant, ConstraintValidatorContext context) {
            return instant == null || (!instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST));
        }
    }
}
