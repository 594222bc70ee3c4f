package org.oneplan.assessment.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.oneplan.contracts.assessment.AssessmentKind;

/**
 * One assessment of each kind per ITPP cycle: its id derives from the ITPP and the kind (and for a
 * correction, its revision), so a second opening (by hand, or the same ITPP event met twice) collides in
 * the event store, without a racy look-up.
 */
public final class AssessmentIds {

    private AssessmentIds() {}

    public static UUID of(UUID itppId, AssessmentKind kind) {
        return UUID.nameUUIDFromBytes(
                ("oneplan:itpp-assessment:" + itppId + ":" + kind).getBytes(StandardCharsets.UTF_8));
    }

    /** Revision {@code revision} (2 and on) of the assessment of {@code kind}: each revision opens once. */
    public static UUID revision(UUID itppId, AssessmentKind kind, int revision) {
        return revision == 1
                ? of(itppId, kind)
                : UUID.nameUUIDFromBytes(("oneplan:itpp-assessment:" + itppId + ":" + kind + ":revision:" + revision)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
