package org.oneplan.parp.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.GoalPriority;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpGoalTerms;
import org.oneplan.parp.api.ParpCommands.GoalAnswer;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * Request bodies of the PARP API. Every value is bounded here (text without control characters, dates in
 * plausible years, lists of a sane size), so that nothing a read model cannot hold is stored and published.
 */
public final class ParpRequests {

    private ParpRequests() {}

    /** @param itppId the partner's ITPP whose cycle this PARP cycle sits in (optional) */
    @Schema(name = "ParpCycleOpeningRequest")
    public record OpenCycle(
            @NotNull UUID partnerId,
            @NotNull @Min(2021) @Max(2100) Integer startYear,
            UUID itppId) {}

    @Schema(name = "SurveyIssueRequest")
    public record IssueSurvey(
            @NotNull @Size(max = 50)
            List<@NotBlank @PlainText(max = 2000, multiline = true) String> questionsOfTheCycle,

            @NotNull @PlausibleDate LocalDate dueDate) {}

    @Schema(name = "SurveyAnswerRequest")
    public record SurveyAnswer(
            @NotBlank @PlainText(max = 20000, multiline = true)
            String answer) {}

    @Schema(name = "ClarificationRequest")
    public record Clarification(
            @NotBlank @PlainText(max = 2000, multiline = true)
            String question) {}

    /** A goal's terms; {@code code} is the PARP goal code, e.g. {@code G 0101}. */
    @Schema(name = "ParpGoalRequest")
    public record Goal(
            @NotBlank @Pattern(regexp = "[A-Z]{1,4} ?[0-9]{2,6}", message = "must be a goal code such as G 0101")
            String code,

            @NotBlank @PlainText(max = 300) String title,
            @NotNull CapabilityArea area,

            @NotBlank @PlainText(max = 8000, multiline = true)
            String description,

            @Size(max = 50) List<@NotBlank @PlainText(max = 40) String> stanags,
            @NotNull GoalPriority priority,
            @NotNull @Min(2021) @Max(2100) Integer fromYear,
            @NotNull @Min(2021) @Max(2100) Integer toYear,
            @Size(max = 50) List<@NotNull UUID> itppGoalIds) {

        public ParpGoalTerms terms() {
            return new ParpGoalTerms(code, title, area, description, stanags, priority, fromYear, toYear, itppGoalIds);
        }
    }

    @Schema(name = "ParpGoalWithdrawalRequest")
    public record Withdrawal(
            @NotBlank @PlainText(max = 2000, multiline = true)
            String reason) {}

    /** @param text what to change (REQUEST_CHANGE) or why not (DECLINE) */
    @Schema(name = "ParpGoalAnswerRequest")
    public record Answer(
            @NotNull GoalAnswer answer,
            @PlainText(max = 4000, multiline = true) String text) {}

    @Schema(name = "ParpCirculationRequest")
    public record Circulate(@NotNull @PlausibleDate Instant silenceEnds) {}

    @Schema(name = "ParpObjectionRequest")
    public record Objection(
            @NotBlank @PlainText(max = 2000, multiline = true)
            String reason) {}

    /** @param recordedOn defaults to today */
    @Schema(name = "AnpOpeningRequest")
    public record OpenAnp(
            @NotNull UUID partnerId,
            @NotNull @Min(2021) @Max(2100) Integer year) {}

    @Schema(name = "AnpChapterRequest")
    public record AnpChapterText(
            @NotBlank @PlainText(max = 50000, multiline = true)
            String text) {}

    @Schema(name = "AnpCommentRequest")
    public record AnpComment(
            @NotNull AnpChapter chapter,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String comment) {}

    @Schema(name = "NacDiscussionRequest")
    public record NacDiscussion(
            @NotNull @PlausibleDate LocalDate discussedOn,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String summary) {}

    @Schema(name = "ParpGoalProgressRequest")
    public record Progress(
            @NotNull ImplementationStatus status,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String evidence,

            @PlausibleDate LocalDate recordedOn) {}
}
