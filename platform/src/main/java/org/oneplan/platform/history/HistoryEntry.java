package org.oneplan.platform.history;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event in an aggregate's history, as an inspector reads it: what, when, who, why. */
public record HistoryEntry(
        long version,
        String type,
        Instant time,
        String actor,
        @Schema(nullable = true) String actorRole,
        @Schema(nullable = true) String actorNation,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) String correlationId,
        Object data) {}
