package org.oneplan.platform.history;

import java.time.Instant;

/** One event in an aggregate's history, as an inspector reads it: what, when, who, why. */
public record HistoryEntry(
        long version,
        String type,
        Instant time,
        String actor,
        String actorRole,
        String actorNation,
        String reason,
        String correlationId,
        Object data) {}
