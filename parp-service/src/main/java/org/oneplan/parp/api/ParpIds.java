package org.oneplan.parp.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One PARP cycle per partner per two-year period: its id derives from the partner and the period's first
 * year, so a second opening (by hand, or the same ITPP event met twice) collides in the event store and is
 * refused (409) or ignored, without a racy look-up.
 */
public final class ParpIds {

    private ParpIds() {}

    public static UUID cycle(UUID partnerId, int startYear) {
        return UUID.nameUUIDFromBytes(
                ("oneplan:parp-cycle:" + partnerId + ":" + startYear).getBytes(StandardCharsets.UTF_8));
    }
}
