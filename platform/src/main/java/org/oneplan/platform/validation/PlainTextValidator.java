package org.oneplan.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private int max;
    private boolean multiline;

    @Override
    public void initialize(PlainText constraint) {
        max = constraint.max();
        multiline = constraint.multiline();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        if (text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || !allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean allowed(char c) {
        if (isBidiOverride(c)) {
            return false;
        }
        if (Character.getType(c) != Character.CONTROL) {
            return c != '\u2028' && c != '\u2029';
        }
        return multiline && (c == '\n' || c == '\r' || c == '\t');
    }

    /**
     * The embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) make a title display in
     * an order other than the one stored and compared ("Trojan source"): refused. The left-to-right and
     * right-to-left marks (U+200E, U+200F), which Arabic and Hebrew text needs, stay allowed.
     */
    private static boolean isBidiOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
