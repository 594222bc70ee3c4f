package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.itpp.ActivityStatus;

/** An output-3 activity serving a goal, with its status when the assessment opened. */
public record ActivityBaseline(UUID activityId, String title, ActivityStatus status) {}
