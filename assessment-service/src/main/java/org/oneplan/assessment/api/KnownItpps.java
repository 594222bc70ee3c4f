package org.oneplan.assessment.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.ObjectiveBaseline;

/**
 * The ITPPs this service knows from {@code oneplan.itpp.events}, as the write side asks for them: whose,
 * which cycle, and the goals an assessment of it rates, pre-filled.
 */
public interface KnownItpps {

    /** An ITPP as known now. */
    record KnownItpp(
            UUID itppId,
            UUID partnerId,
            String partnerCode,
            int cycleStartYear,
            List<ObjectiveBaseline> objectives,
            List<GoalBaseline> goals) {}

    Optional<KnownItpp> find(UUID itppId);
}
