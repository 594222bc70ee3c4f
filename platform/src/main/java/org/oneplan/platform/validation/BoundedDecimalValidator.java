package org.oneplan.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link BoundedDecimal} without expanding the number (a huge exponent stays cheap to check). */
public class BoundedDecimalValidator implements ConstraintValidator<BoundedDecimal, BigDecimal> {

    private int integerDigits;
    private int fractionDigits;

    @Override
    public void initialize(BoundedDecimal constraint) {
        integerDigits = constraint.integerDigits();
        fractionDigits = constraint.fractionDigits();
    }

    @Override
    public boolean isValid(BigDecimal number, ConstraintValidatorContext context) {
        if (number == null || number.signum() == 0) {
            return true;
        }
        // precision - scale is the count of digits before the decimal point (negative for 0.00x).
        long wholeDigits = (long) number.precision() - number.scale();
        return wholeDigits <= integerDigits && number.stripTrailingZeros().scale() <= fractionDigits;
    }
}
