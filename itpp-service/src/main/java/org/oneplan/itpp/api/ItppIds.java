package org.oneplan.itpp.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One ITPP per partner per cycle: its id derives from both, so a second draft for the same partner and
 * cycle collides in the event store and is refused (409) without a racy look-up.
 */
public final class ItppIds {

    private ItppIds() {}

    public static UUID of(UUID partnerId, int cycleStartYear) {
        return UUID.nameUUIDFromBytes(
                ("oneplan:itpp:" + partnerId + ":" + cycleStartYear).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The id, in the next cycle's ITPP {@code itppId}, of an objective or goal carried over from the
     * previous cycle: derived, so that the same renewal always gives the same ids.
     */
    public static UUID carriedOver(UUID itppId, UUID previousId) {
        return UUID.nameUUIDFromBytes(
                ("oneplan:itpp:" + itppId + ":carried-over:" + previousId).getBytes(StandardCharsets.UTF_8));
    }
}
