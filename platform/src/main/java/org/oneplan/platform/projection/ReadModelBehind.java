package org.oneplan.platform.projection;

import java.time.Duration;
import org.oneplan.platform.rest.ProblemException;

/**
 * A query asked for a version the read model did not reach within the bounded wait: answered 503 with
 * {@code Retry-After}, so the client asks again instead of reading a state older than its own write.
 */
public final class ReadModelBehind extends ProblemException {

    private static final long serialVersionUID = 1L;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    ReadModelBehind(Duration waited) {
        super(
                503,
                "read-model-behind",
                "The read model has not reached the requested version within " + waited.toSeconds()
                        + " s; ask again later",
                RETRY_AFTER);
    }
}
