package org.oneplan.assessment.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.contracts.assessment.ParpGoalBaseline;

/**
 * The PARP cycles this service knows from {@code oneplan.parp.events}, as the write side asks for them: whose,
 * which years, which ITPP, and the approved goals a PARP assessment rates, pre-filled.
 */
public interface KnownParpCycles {

    /** A PARP cycle as known now; {@code itppId} null if the cycle names none. */
    record KnownParpCycle(
            UUID parpCycleId,
            UUID partnerId,
            String partnerCode,
            int startYear,
            UUID itppId,
            List<ParpGoalBaseline> goals) {}

    Optional<KnownParpCycle> find(UUID parpCycleId);
}
