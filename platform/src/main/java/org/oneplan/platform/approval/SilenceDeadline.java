package org.oneplan.platform.approval;

import java.time.Instant;

/**
 * The payload of the persistent deadline that ends a silence procedure: which circulation it ends, so that
 * a deadline left over from an earlier circulation is recognised and ignored.
 */
public record SilenceDeadline(Instant at) {

    /** The deadline's name; the aggregate's {@code @DeadlineHandler} listens to it. */
    public static final String NAME = "silence-ends";
}
