package org.oneplan.assessment.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.parp.ImplementationStatus;

/** The commands of PARP assessments; {@code expectedVersion} is the caller's If-Match, times from the clock. */
public final class ParpAssessmentCommands {

    private ParpAssessmentCommands() {}

    /** Staff open revision 1 for a cycle and review year, pre-filled from the PARP cycle view. */
    public record OpenParpAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId, UUID parpCycleId, int reviewYear) {}

    /** One goal's assessment as the corrected revision had it: what a correction starts from. */
    public record CarriedGoal(UUID goalId, ImplementationStatus status, GoalRating rating, String justification) {}

    /**
     * Staff open the next revision, correcting {@code corrects} (as the event store has it now), pre-filled with
     * the cycle's goals as known now and the corrected revision's assessments of them.
     */
    public record OpenParpAssessmentRevisionCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            UUID corrects,
            UUID parpCycleId,
            int reviewYear,
            int revision,
            boolean correctedIsApproved,
            List<CarriedGoal> goals,
            String overall) {}

    public record AssessParpGoalCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            ImplementationStatus status,
            GoalRating rating,
            String justification) {}

    public record WriteParpOverallCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            String text) {}

    public record CommentParpAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId, String partnerCode, String comment) {}

    public record SubmitParpAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion) {}

    public record CirculateParpAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            Instant silenceEnds,
            List<String> allies,
            Instant at) {}

    public record BreakParpAssessmentSilenceCommand(
            @TargetAggregateIdentifier UUID assessmentId, String allyNation, String reason, Instant at) {}
}
