package org.oneplan.partner.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Partners and Allies are identified by UUIDs derived from their codes. A second registration of the
 * same code therefore targets the same aggregate, and the event store's unique key refuses it (409)
 * without any look-up that could race.
 */
public final class NationIds {

    private NationIds() {}

    public static UUID partner(String code) {
        return UUID.nameUUIDFromBytes(("oneplan:partner:" + code).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID ally(String code) {
        return UUID.nameUUIDFromBytes(("oneplan:ally:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
