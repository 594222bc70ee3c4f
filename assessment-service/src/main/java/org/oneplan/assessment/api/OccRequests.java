package org.oneplan.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.assessment.occ.EvaluationResult;
import org.oneplan.contracts.assessment.occ.InteroperabilityRating;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/** Request bodies of the OCC Evaluation and Feedback API, every value bounded. */
public final class OccRequests {

    private OccRequests() {}

    @Schema(name = "OccUnitDeclaration")
    public record Declare(
            @NotNull UUID partnerId,
            @NotNull OccDomain domain,
            @NotBlank @PlainText(max = 200) String name,
            @NotBlank @PlainText(max = 100) String size,
            @NotBlank @PlainText(max = 300) String capability) {}

    @Schema(name = "OccCriterionRating")
    public record Rating(
            @NotBlank @PlainText(max = 200) String criterion,
            @NotNull InteroperabilityRating rating) {}

    @Schema(name = "OccEvaluationRequest")
    public record Evaluation(
            @NotNull OccLevel level,
            @NotNull @PlausibleDate LocalDate evaluatedOn,

            @Schema(description = "Organisations or teams (e.g. \"JFC Naples evaluation team\"), never persons' names")
            @NotEmpty
            @Size(max = 20)
            List<@NotBlank @PlainText(max = 200) String> evaluators,

            @NotEmpty @Size(max = 200) List<@Valid @NotNull Rating> ratings,
            @NotNull EvaluationResult result) {}

    @Schema(name = "OccGoalLinkRequest")
    public record GoalLinks(
            @NotNull UUID itppId, @NotEmpty @Size(max = 50) List<@NotNull UUID> goalIds) {}

    @Schema(name = "OccFeedbackRequest")
    public record Feedback(
            @NotNull OccLevel level,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String feedback) {}
}
