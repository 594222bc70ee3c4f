package org.oneplan.assessment.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.ObjectiveBaseline;
import org.oneplan.contracts.itpp.Indicator;

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
            List<GoalBaseline> goals,
            Map<UUID, List<Indicator>> indicatorsByGoal) {

        /** The indicator {@code indicatorId} of goal {@code goalId}, if the goal has it. */
        public Optional<Indicator> indicator(UUID goalId, UUID indicatorId) {
            return indicatorsByGoal.getOrDefault(goalId, List.of()).stream()
                    .filter(indicator -> indicator.indicatorId().equals(indicatorId))
                    .findFirst();
        }
    }

    Optional<KnownItpp> find(UUID itppId);
}
