package org.oneplan.assessment.query;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.ParpGoalBaseline;
import org.oneplan.contracts.parp.ImplementationStatus;

/**
 * One PARP goal as assessed: what parp-service last recorded on it when the assessment opened (nulls: nothing
 * recorded), and staff's assessment: implementation status, rating, justification (nulls: not yet).
 */
public record ParpGoalAssessment(
        UUID goalId,
        String code,
        String title,
        @Schema(nullable = true) ImplementationStatus reportedStatus,
        @Schema(nullable = true) String reportedEvidence,
        @Schema(nullable = true) LocalDate reportedOn,
        @Schema(nullable = true) ImplementationStatus status,
        @Schema(nullable = true) GoalRating rating,
        @Schema(nullable = true) String justification) {

    static ParpGoalAssessment unassessed(ParpGoalBaseline baseline) {
        return new ParpGoalAssessment(
                baseline.goalId(),
                baseline.code(),
                baseline.title(),
                baseline.reportedStatus(),
                baseline.evidence(),
                baseline.recordedOn(),
                null,
                null,
                null);
    }

    ParpGoalAssessment assessed(ImplementationStatus newStatus, GoalRating newRating, String newJustification) {
        return new ParpGoalAssessment(
                goalId,
                code,
                title,
                reportedStatus,
                reportedEvidence,
                reportedOn,
                newStatus,
                newRating,
                newJustification);
    }
}
