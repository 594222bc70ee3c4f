package org.oneplan.assessment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.platform.validation.PlainText;

/** Request bodies of the PARP assessment API, every value bounded. */
public final class ParpAssessmentRequests {

    private ParpAssessmentRequests() {}

    @Schema(name = "ParpAssessmentOpeningRequest")
    public record Open(
            @NotNull UUID parpCycleId,
            @NotNull @Min(2000) @Max(2100) Integer reviewYear) {}

    @Schema(name = "ParpGoalAssessmentRequest")
    public record GoalAssessment(
            @NotNull ImplementationStatus status,
            @NotNull GoalRating rating,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String justification) {}

    @Schema(name = "ParpOverallAssessmentRequest")
    public record Overall(
            @NotBlank @PlainText(max = 8000, multiline = true)
            String text) {}
}
