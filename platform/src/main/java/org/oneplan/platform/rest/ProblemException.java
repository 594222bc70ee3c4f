package org.oneplan.platform.rest;

import jakarta.ws.rs.WebApplicationException;

/** A request refused by the REST layer itself (not found, bad header), answered as a problem with a code. */
public class ProblemException extends WebApplicationException {

    private final String code;

    public ProblemException(int status, String code, String detail) {
        super(detail, status);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", what + " not found");
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "validation", detail);
    }
}
