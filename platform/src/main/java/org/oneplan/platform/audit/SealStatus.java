package org.oneplan.platform.audit;

import java.time.Instant;

/**
 * How far a service's chain is sealed: the seals found on {@code oneplan.audit.seals} for its topic, the
 * last one's count, head and time, and how many published events follow it unsealed.
 */
public record SealStatus(
        int seals, long sealedEvents, String sealedHead, Instant sealedAt, String keyId, long unsealedTail) {}
