package org.oneplan.itpp.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.platform.validation.BoundedDecimal;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * Request bodies of the ITPP API. Every value is bounded here (text without control characters, dates and
 * years in plausible years, decimals every consumer holds exactly, lists of a sane size), so that nothing
 * a read model cannot hold is ever stored and published.
 */
public final class ItppRequests {

    private ItppRequests() {}

    @Schema(name = "DraftItppRequest")
    public record DraftItpp(
            @NotNull UUID partnerId,
            @NotNull @Min(2021) @Max(2100) Integer cycleStartYear) {}

    @Schema(name = "ObjectiveRequest")
    public record Objective(
            @NotBlank @PlainText(max = 300) String title,
            @PlainText(max = 4000, multiline = true) String description,

            @NotBlank @PlainText(max = 2000, multiline = true)
            String intendedOutcome) {}

    @Schema(name = "MilestoneRequest")
    public record MilestoneRequest(
            @NotBlank @PlainText(max = 1000, multiline = true)
            String description,

            @NotNull @PlausibleDate LocalDate dueDate) {}

    @Schema(name = "GoalRequest")
    public record Goal(
            @NotBlank @PlainText(max = 300) String title,

            @NotBlank @PlainText(max = 2000, multiline = true)
            String expectedOutcome,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String rationale,

            @NotEmpty @Size(max = 50) List<@NotNull UUID> objectiveIds,
            @Size(max = 50) List<@Valid @NotNull MilestoneRequest> milestones,
            @Size(max = 50) List<@Valid @NotNull IndicatorRequest> indicators) {}

    /** An IATI-style indicator: unit, baseline in a year, target in a year, by sex where it counts people. */
    @Schema(name = "IndicatorRequest")
    public record IndicatorRequest(
            @NotBlank @PlainText(max = 500) String description,
            @NotBlank @PlainText(max = 50) String unit,
            @NotNull @BoundedDecimal BigDecimal baseline,

            @NotNull @Min(PlausibleDate.EARLIEST_YEAR) @Max(PlausibleDate.LATEST_YEAR)
            Integer baselineYear,

            @NotNull @BoundedDecimal BigDecimal target,

            @NotNull @Min(PlausibleDate.EARLIEST_YEAR) @Max(PlausibleDate.LATEST_YEAR)
            Integer targetYear,

            boolean sexDisaggregated) {}

    @Schema(name = "CirculateRequest")
    public record Circulate(@NotNull @PlausibleDate Instant silenceEnds) {}

    @Schema(name = "ObjectionRequest")
    public record Objection(
            @NotBlank @PlainText(max = 2000, multiline = true)
            String reason) {}

    /** @param pcmEventCode the Partnership Cooperation Menu event it refers to, if any */
    @Schema(name = "ActivityRequest")
    public record Activity(
            @NotBlank @PlainText(max = 300) String title,
            @NotNull ActivityType type,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> goalIds,
            @NotNull @PlausibleDate LocalDate plannedFrom,
            @NotNull @PlausibleDate LocalDate plannedUntil,
            @NotNull @Valid Lead lead,
            @PlainText(max = 50) String pcmEventCode) {}

    @Schema(name = "LeadRequest")
    public record Lead(
            @NotNull ActivityLead.Kind kind,
            @NotBlank @PlainText(max = 200) String name) {
        public ActivityLead toLead() {
            return new ActivityLead(kind, name);
        }
    }

    @Schema(name = "ActivityStatusChangeRequest")
    public record ActivityStatusChange(@NotNull ActivityStatus status) {}

    /** @param reportedOn defaults to today */
    @Schema(name = "ProgressRequest")
    public record Progress(
            @NotNull MilestoneProgress progress,
            @PlausibleDate LocalDate reportedOn,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String evidence) {}

    @Schema(name = "AmendmentRequest")
    public record Amendment(
            @NotBlank @PlainText(max = 2000, multiline = true)
            String reason) {}

    /** @param goalIds the goals of this cycle to carry into the next one (may be empty) */
    @Schema(name = "RenewalRequest")
    public record Renewal(@NotNull @Size(max = 200) List<@NotNull UUID> goalIds) {}
}
