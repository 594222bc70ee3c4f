package org.oneplan.platform.relay;

/**
 * A JSON text that has no RFC 8785 canonical form: not JSON, not I-JSON (a duplicate member name, a lone
 * surrogate, a number outside the IEEE-754 double range), or a number whose canonical form would denote a
 * different value than the one written. Such a text is never hashed, so it is never published.
 */
public final class NotCanonicalizableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public NotCanonicalizableException(String message) {
        super(message);
    }

    public NotCanonicalizableException(String message, Throwable cause) {
        super(message, cause);
    }
}
