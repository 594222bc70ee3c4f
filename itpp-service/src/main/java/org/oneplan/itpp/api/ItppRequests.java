package org.oneplan.itpp.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.MilestoneProgress;

/** Request bodies of the ITPP API. */
public final class ItppRequests {

    private ItppRequests() {}

    public record DraftItpp(
            @NotNull UUID partnerId,
            @NotNull @Min(2021) @Max(2100) Integer cycleStartYear) {}

    public record Objective(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String description,
            @NotBlank @Size(max = 2000) String intendedOutcome) {}

    public record MilestoneRequest(
            @NotBlank @Size(max = 1000) String description,
            @NotNull LocalDate dueDate) {}

    public record Goal(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 2000) String expectedOutcome,
            @NotBlank @Size(max = 4000) String rationale,
            @NotEmpty List<@NotNull UUID> objectiveIds,
            List<@Valid @NotNull MilestoneRequest> milestones,
            List<@Valid @NotNull IndicatorRequest> indicators) {}

    /** An IATI-style indicator: unit, baseline in a year, target in a year, by sex where it counts people. */
    public record IndicatorRequest(
            @NotBlank @Size(max = 500) String description,
            @NotBlank @Size(max = 50) String unit,
            @NotNull java.math.BigDecimal baseline,
            @NotNull Integer baselineYear,
            @NotNull java.math.BigDecimal target,
            @NotNull Integer targetYear,
            boolean sexDisaggregated) {}

    public record Circulate(@NotNull Instant silenceEnds) {}

    public record Objection(@NotBlank @Size(max = 2000) String reason) {}

    /** @param pcmEventCode the Partnership Cooperation Menu event it refers to, if any */
    public record Activity(
            @NotBlank @Size(max = 300) String title,
            @NotNull ActivityType type,
            @NotEmpty List<@NotNull UUID> goalIds,
            @NotNull LocalDate plannedFrom,
            @NotNull LocalDate plannedUntil,
            @NotNull @Valid Lead lead,
            @Size(max = 50) String pcmEventCode) {}

    public record Lead(
            @NotNull ActivityLead.Kind kind,
            @NotBlank @Size(max = 200) String name) {
        public ActivityLead toLead() {
            return new ActivityLead(kind, name);
        }
    }

    public record ActivityStatusChange(@NotNull ActivityStatus status) {}

    /** @param reportedOn defaults to today */
    public record Progress(
            @NotNull MilestoneProgress progress,
            LocalDate reportedOn,
            @NotBlank @Size(max = 4000) String evidence) {}

    public record Amendment(@NotBlank @Size(max = 2000) String reason) {}

    /** @param goalIds the goals of this cycle to carry into the next one (may be empty) */
    public record Renewal(@NotNull List<@NotNull UUID> goalIds) {}
}
