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
}
