package org.oneplan.contracts.parp;

import java.util.List;
import java.util.UUID;

/**
 * What a PARP partnership goal asks of the partner: its code (e.g. {@code G 0101}), title, area,
 * description, the NATO standards it refers to (STANAG numbers), priority and implementation years;
 * {@code itppGoalIds} are the partner's ITPP partnership goals it serves.
 */
public record ParpGoalTerms(
        String code,
        String title,
        CapabilityArea area,
        String description,
        List<String> stanags,
        GoalPriority priority,
        int fromYear,
        int toYear,
        List<UUID> itppGoalIds) {

    public ParpGoalTerms {
        stanags = stanags == null ? List.of() : List.copyOf(stanags);
        itppGoalIds = itppGoalIds == null ? List.of() : List.copyOf(itppGoalIds);
    }
}
