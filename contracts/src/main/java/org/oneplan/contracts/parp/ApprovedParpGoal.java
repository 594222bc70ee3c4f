package org.oneplan.contracts.parp;

import java.util.List;
import java.util.UUID;

/** A goal as approved in a package: what another service needs to trace it to the ITPP's goals. */
public record ApprovedParpGoal(
        UUID goalId, String code, String title, CapabilityArea area, int fromYear, int toYear, List<UUID> itppGoalIds) {

    public ApprovedParpGoal {
        itppGoalIds = List.copyOf(itppGoalIds);
    }
}
