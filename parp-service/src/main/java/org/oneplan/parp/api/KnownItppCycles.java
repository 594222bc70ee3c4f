package org.oneplan.parp.api;

import java.util.Optional;
import java.util.UUID;

/** The ITPPs this service has seen drafted on {@code oneplan.itpp.events}: whose, and when their cycle starts. */
public interface KnownItppCycles {

    record KnownItppCycle(UUID itppId, UUID partnerId, int cycleStartYear) {}

    Optional<KnownItppCycle> find(UUID itppId);
}
