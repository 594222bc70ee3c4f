package org.oneplan.assessment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.ObjectiveBaseline;

/**
 * The commands of the assessment context. {@code expectedVersion} is the caller's {@code If-Match};
 * {@code null} means "the current version". Times ({@code at}) come from the service's clock.
 */
public final class AssessmentCommands {

    private AssessmentCommands() {}

    /**
     * @param objectives the ITPP's strategic objectives as the ITPP topic told them (rated at the end of the cycle)
     * @param goals the ITPP's partnership goals as the ITPP topic told them: what the assessment rates
     */
    public record OpenItppAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            AssessmentKind kind,
            UUID itppId,
            UUID partnerId,
            String partnerCode,
            int cycleStartYear,
            List<ObjectiveBaseline> objectives,
            List<GoalBaseline> goals) {}

    /** Staff open an assessment by hand, pre-filled from what this service knows of the ITPP now. */
    public record OpenItppAssessmentByHandCommand(
            @TargetAggregateIdentifier UUID assessmentId, UUID itppId, AssessmentKind kind) {}

    /**
     * Opens a correction of the approved assessment {@code assessmentId} as its next revision. Answered with
     * {@link Revised}.
     */
    public record ReviseAssessmentCommand(UUID assessmentId) {}

    /** The revision opened, and its version. */
    public record Revised(UUID assessmentId, long version) {}

    public record RateGoalCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            GoalRating rating,
            String justification) {}

    public record RateObjectiveCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            UUID objectiveId,
            GoalRating rating,
            String justification) {}

    /** What one indicator of a goal measured over the assessment's period; by sex where it is disaggregated. */
    public record RecordIndicatorActualCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            UUID indicatorId,
            BigDecimal value,
            BigDecimal women,
            BigDecimal men) {}

    /** The end-of-cycle assessment's recommendation for the next cycle, in full. */
    public record RecommendNextCycleCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            List<UUID> carryOverGoalIds,
            List<String> newObjectives,
            List<String> newGoals) {}

    public record WriteRecommendationsCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            String text) {}

    public record RecordPartnerCommentCommand(
            @TargetAggregateIdentifier UUID assessmentId, String partnerCode, String comment) {}

    public record SubmitAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion) {}

    public record CirculateAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            Instant silenceEnds,
            List<String> allies,
            Instant at) {}

    public record BreakAssessmentSilenceCommand(
            @TargetAggregateIdentifier UUID assessmentId, String allyNation, String reason, Instant at) {}
}
