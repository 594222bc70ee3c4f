package org.oneplan.itpp.command;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.Milestone;

/** Output 2: a partnership goal, the objectives it serves, its milestones and indicators. */
record PartnershipGoal(
        UUID id,
        String title,
        String expectedOutcome,
        String rationale,
        List<UUID> objectiveIds,
        List<Milestone> milestones,
        List<Indicator> indicators) {

    PartnershipGoal {
        objectiveIds = List.copyOf(objectiveIds);
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
    }

    boolean serves(UUID objectiveId) {
        return objectiveIds.contains(objectiveId);
    }

    boolean hasMilestone(UUID milestoneId) {
        return milestones.stream().anyMatch(milestone -> milestone.milestoneId().equals(milestoneId));
    }
}
