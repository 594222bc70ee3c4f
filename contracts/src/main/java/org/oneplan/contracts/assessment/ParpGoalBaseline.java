package org.oneplan.contracts.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.parp.ImplementationStatus;

/**
 * What a PARP assessment rates: one approved PARP goal, with the implementation status last recorded on it
 * when the assessment opened (none recorded: nulls).
 */
public record ParpGoalBaseline(
        UUID goalId,
        String code,
        String title,
        ImplementationStatus reportedStatus,
        String evidence,
        LocalDate recordedOn) {}
