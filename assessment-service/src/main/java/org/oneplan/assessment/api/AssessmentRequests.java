package org.oneplan.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.platform.validation.BoundedDecimal;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * Request bodies of the assessment API. Every value is bounded here, so that nothing a read model cannot
 * hold is stored and published. Recommendations stay within what an ITPP amendment's reason may carry.
 */
public final class AssessmentRequests {

    private AssessmentRequests() {}

    @Schema(name = "AssessmentOpeningRequest")
    public record OpenAssessment(
            @NotNull UUID itppId, @NotNull AssessmentKind kind) {}

    @Schema(name = "GoalRatingRequest")
    public record Rating(
            @NotNull GoalRating rating,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String justification) {}

    @Schema(name = "RecommendationsRequest")
    public record Recommendations(
            @NotBlank @PlainText(max = 1800, multiline = true)
            String text) {}

    /** By sex ({@code women} and {@code men}, adding up to {@code value}) only where the indicator counts people by sex. */
    @Schema(name = "IndicatorActualRequest")
    public record IndicatorActual(
            @NotNull @BoundedDecimal BigDecimal value,
            @Schema(nullable = true) @BoundedDecimal BigDecimal women,
            @Schema(nullable = true) @BoundedDecimal BigDecimal men) {}

    @Schema(name = "NextCycleRecommendationRequest")
    public record NextCycle(
            @NotNull @Size(max = 200) List<@NotNull UUID> carryOverGoalIds,
            @NotNull @Size(max = 30) List<@NotBlank @PlainText(max = 500) String> newObjectives,
            @NotNull @Size(max = 30) List<@NotBlank @PlainText(max = 500) String> newGoals) {}

    @Schema(name = "PartnerCommentRequest")
    public record PartnerComment(
            @NotBlank @PlainText(max = 4000, multiline = true)
            String comment) {}

    @Schema(name = "AssessmentCirculationRequest")
    public record Circulate(@NotNull @PlausibleDate Instant silenceEnds) {}

    @Schema(name = "AssessmentObjectionRequest")
    public record Objection(
            @NotBlank @PlainText(max = 2000, multiline = true)
            String reason) {}
}
