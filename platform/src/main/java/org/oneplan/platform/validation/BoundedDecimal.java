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
 * A {@link java.math.BigDecimal} a person could mean: magnitude below 10^{@link #integerDigits} and at most
 * {@link #fractionDigits} decimals, so every consumer can hold it exactly (JSON allows {@code 1E+400},
 * which no {@code double} and no database numeric column of ours can). {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = BoundedDecimalValidator.class)
public @interface BoundedDecimal {

    int integerDigits() default 15;

    int fractionDigits() default 6;

    String message() default
            "must be a number below 10^{integerDigits} in magnitude with at most {fractionDigits} decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
