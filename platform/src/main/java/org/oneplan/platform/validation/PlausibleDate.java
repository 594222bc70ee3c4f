package org.oneplan.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date ({@link java.time.LocalDate}) or instant ({@link java.time.Instant}, taken in UTC) within the
 * years NATO partnerships can concern: {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}. Far outside that,
 * values are typing errors or probes, and some cannot be stored at all. {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {PlausibleDateValidator.ForDate.class, PlausibleDateValidator.ForInstant.class})
public @interface PlausibleDate {

    int EARLIEST_YEAR = 1900;
    int LATEST_YEAR = 2199;

    String message() default "must be a date between the years " + EARLIEST_YEAR + " and " + LATEST_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
