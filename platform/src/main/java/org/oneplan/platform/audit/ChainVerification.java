package org.oneplan.platform.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an inspector learns from a service's published stream: how many events link into one unbroken
 * hash chain from the genesis, its head, and every problem found (an altered event, a missing
 * predecessor, a fork, an event that does not link).
 */
public record ChainVerification(
        String topic,
        long records,
        long events,
        @Schema(nullable = true) String head,
        boolean intact,
        List<String> problems,

        @Schema(nullable = true, description = "the seals over the chain; null when none was asked for or made yet")
        SealStatus seal) {}
