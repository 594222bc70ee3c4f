package org.oneplan.platform.domain;

/** Guards for command values that only the aggregate can check; each failure is a 400 naming the field. */
public final class Require {

    private Require() {}

    public static void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommand(field, field + " must not be blank");
        }
    }
}
