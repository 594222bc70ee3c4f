package org.oneplan.platform.projection;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record a read model could not apply, as an administrator sees it: where it is on the topic, what it
 * is, and why it was parked.
 */
public record ParkedRecord(
        UUID id,
        String projection,
        String topic,
        int partition,
        long offset,
        @Schema(nullable = true) String subject,
        @Schema(nullable = true) String type,
        String error,
        int attempts,
        Instant parkedAt) {}
