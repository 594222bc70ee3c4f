package org.oneplan.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** A request refused by the REST layer itself (not found, bad header), answered as a problem with a code. */
public class ProblemException extends WebApplicationException {

    private final String code;

    public ProblemException(int status, String code, String detail) {
        super(detail, status);
        this.code = code;
    }

    /** A refusal the client may repeat after {@code retryAfter} (answered with {@code Retry-After}). */
    protected ProblemException(int status, String code, String detail, Duration retryAfter) {
        super(
                detail,
                Response.status(status)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                        .build());
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", what + " not found");
    }

    /** A write to an existing resource that does not say which version of it the client read. */
    public static ProblemException preconditionRequired() {
        return new ProblemException(
                428,
                "precondition-required",
                "Send the ETag you last read of this resource in If-Match, e.g. If-Match: \"3\"");
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "validation", detail);
    }
}
