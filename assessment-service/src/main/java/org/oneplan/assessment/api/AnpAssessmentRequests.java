package org.oneplan.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/** Request bodies of the ANP assessment API, every value bounded. */
public final class AnpAssessmentRequests {

    private AnpAssessmentRequests() {}

    @Schema(name = "AnpAssessmentOpeningRequest")
    public record Open(@NotNull UUID anpId) {}

    @Schema(name = "AnpChapterAssessmentRequest")
    public record Chapter(
            @NotBlank @PlainText(max = 8000, multiline = true)
            String text) {}

    @Schema(name = "NacDiscussionRequest")
    public record NacDiscussion(
            @NotNull @PlausibleDate LocalDate discussedOn,

            @NotBlank @PlainText(max = 4000, multiline = true)
            String summary) {}
}
