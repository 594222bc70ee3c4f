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
 * Text a person typed: at most {@link #max} characters, no control characters (NUL cannot even be
 * stored in PostgreSQL), no bidirectional overrides and no broken surrogate pairs. Line breaks and tabs only where {@link #multiline}.
 * {@code null} is valid (add {@code @NotBlank} where the text is required).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    int max();

    boolean multiline() default false;

    String message() default "must be plain text of at most {max} characters, without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
