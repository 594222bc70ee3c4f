package org.oneplan.platform.domain;

/**
 * A command whose values are malformed in a way only the domain can see (e.g. a period that ends before
 * it starts). Answered as 400, like any other invalid input.
 */
public class InvalidCommand extends RuntimeException {

    private final String field;

    public InvalidCommand(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
