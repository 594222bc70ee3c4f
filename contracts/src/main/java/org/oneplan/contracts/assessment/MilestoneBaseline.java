package org.oneplan.contracts.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.itpp.MilestoneProgress;

/**
 * A goal's milestone as the ITPP topic told it when the assessment opened.
 *
 * @param progress the latest reported progress, null when none was reported
 * @param reportedOn the date of that report, null when none
 * @param evidence the evidence given with it, null when none
 */
public record MilestoneBaseline(
        UUID milestoneId,
        String description,
        LocalDate dueDate,
        MilestoneProgress progress,
        LocalDate reportedOn,
        String evidence) {}
