package org.oneplan.platform.rest;

import jakarta.ws.rs.core.EntityTag;

/** ETags are aggregate versions (the sequence number of the last event), as strong tags: {@code "3"}. */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a write to an existing aggregate is based on. Without it two writers who read the same
     * version would both win and the later one silently undo the earlier, so its absence is a 428.
     */
    public static long required(String ifMatch) {
        Long version = fromIfMatch(ifMatch);
        if (version == null) {
            throw ProblemException.preconditionRequired();
        }
        return version;
    }

    /** The version an {@code If-Match} header names, or {@code null} when the header is absent. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches one of ours.
            throw ProblemException.badRequest("If-Match must be a strong ETag this service issued, e.g. \"3\"");
        }
        value = value.replace("\"", "");
        long version;
        try {
            version = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw notIssued();
        }
        // A negative version was never issued: malformed like any other tag we did not issue, not stale.
        if (version < 0) {
            throw notIssued();
        }
        return version;
    }

    private static ProblemException notIssued() {
        return ProblemException.badRequest("If-Match must be an ETag this service issued, e.g. \"3\"");
    }
}
