package org.oneplan.assessment.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.parp.AnpChapter;

/** The commands of ANP annual assessments; {@code expectedVersion} is the caller's If-Match. */
public final class AnpAssessmentCommands {

    private AnpAssessmentCommands() {}

    /** One annual assessment per ANP: its id derives from the ANP, so a second opening collides. */
    public static UUID idOf(UUID anpId) {
        return UUID.nameUUIDFromBytes(("oneplan:anp-assessment:" + anpId).getBytes(StandardCharsets.UTF_8));
    }

    public record OpenAnpAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId, UUID anpId) {}

    public record AssessAnpChapterCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            AnpChapter chapter,
            String text) {}

    public record SubmitAnpAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion) {}

    public record CirculateAnpAssessmentCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            Instant silenceEnds,
            List<String> allies,
            Instant at) {}

    public record BreakAnpAssessmentSilenceCommand(
            @TargetAggregateIdentifier UUID assessmentId, String allyNation, String reason, Instant at) {}

    public record RecordNacDiscussionCommand(
            @TargetAggregateIdentifier UUID assessmentId,
            @TargetAggregateVersion Long expectedVersion,
            LocalDate discussedOn,
            String summary,
            LocalDate today) {}
}
