package org.oneplan.assessment.api;

import java.util.Optional;
import java.util.UUID;

/** The ANPs this service knows from {@code oneplan.parp.events}: whose, which year, and whether submitted. */
public interface KnownAnps {

    record KnownAnp(UUID anpId, UUID partnerId, String partnerCode, int year, boolean submitted) {}

    Optional<KnownAnp> find(UUID anpId);
}
