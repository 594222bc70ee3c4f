package org.oneplan.assessment.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One PARP assessment per PARP cycle per review year, and one of each revision: its id derives from all three,
 * so a second opening (or a second correction of the same revision) collides in the event store.
 */
public final class ParpAssessmentIds {

    private ParpAssessmentIds() {}

    public static UUID of(UUID parpCycleId, int reviewYear, int revision) {
        return UUID.nameUUIDFromBytes(("oneplan:parp-assessment:" + parpCycleId + ":" + reviewYear + ":" + revision)
                .getBytes(StandardCharsets.UTF_8));
    }
}
