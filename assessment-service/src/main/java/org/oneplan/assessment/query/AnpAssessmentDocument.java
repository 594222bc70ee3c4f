package org.oneplan.assessment.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.assessment.query.AssessmentDocument.Objection;
import org.oneplan.contracts.assessment.AnpAssessmentAgreedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentDiscussedAtNacEvent;
import org.oneplan.contracts.assessment.AnpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AnpAssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.AnpChapterAssessedEvent;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.platform.projection.Json;

/**
 * An ANP annual assessment as people read it, by a pure fold over its events. {@code status} APPROVED is the
 * Allies' agreement ({@code agreedAt}).
 *
 * @param partnerConsulted whether it has been put to the partner (from its submission): only then does the
 *     partner delegation see it
 */
public record AnpAssessmentDocument(
        UUID id,
        UUID anpId,
        UUID partnerId,
        String partnerCode,
        int year,
        String classification,
        AssessmentStatus status,
        boolean partnerConsulted,
        List<Chapter> chapters,
        @Schema(nullable = true) Instant silenceEnds,
        @Schema(nullable = true) Instant agreedAt,
        List<Objection> objections,
        @Schema(nullable = true) NacDiscussion nacDiscussion,
        long version) {

    /** Staff's assessment of one chapter (null: not yet). */
    public record Chapter(
            AnpChapter chapter, @Schema(nullable = true) String assessment) {}

    /** The discussion with the partner at the North Atlantic Council. */
    public record NacDiscussion(LocalDate discussedOn, String summary) {}

    /** The assessment after one more event; the first must be its opening. */
    public static AnpAssessmentDocument fold(AnpAssessmentDocument d, Object event, long version) {
        if (event instanceof AnpAssessmentOpenedEvent o) {
            return new AnpAssessmentDocument(
                    o.assessmentId(),
                    o.anpId(),
                    o.partnerId(),
                    o.partnerCode(),
                    o.year(),
                    "NATO RESTRICTED - Releasable to " + o.partnerCode(),
                    AssessmentStatus.DRAFT,
                    false,
                    Arrays.stream(AnpChapter.values())
                            .map(c -> new Chapter(c, null))
                            .toList(),
                    null,
                    null,
                    List.of(),
                    null,
                    version);
        }
        if (d == null) {
            throw new IllegalStateException("an ANP assessment's first event is its opening, not "
                    + event.getClass().getSimpleName());
        }
        AssessmentStatus status = d.status;
        boolean consulted = d.partnerConsulted;
        List<Chapter> chapters = d.chapters;
        Instant silenceEnds = d.silenceEnds;
        Instant agreedAt = d.agreedAt;
        List<Objection> objections = d.objections;
        NacDiscussion nac = d.nacDiscussion;
        if (event instanceof AnpChapterAssessedEvent e) {
            chapters = chapters.stream()
                    .map(c -> c.chapter() == e.chapter() ? new Chapter(c.chapter(), e.text()) : c)
                    .toList();
        } else if (event instanceof AnpAssessmentSubmittedEvent) {
            status = AssessmentStatus.SUBMITTED;
            consulted = true;
        } else if (event instanceof AnpAssessmentCirculatedEvent e) {
            status = AssessmentStatus.CIRCULATED;
            silenceEnds = e.silenceEnds();
        } else if (event instanceof AnpAssessmentSilenceBrokenEvent e) {
            status = AssessmentStatus.DRAFT;
            silenceEnds = null;
            List<Objection> more = new ArrayList<>(objections);
            more.add(new Objection(e.allyNation(), e.reason()));
            objections = List.copyOf(more);
        } else if (event instanceof AnpAssessmentAgreedEvent e) {
            status = AssessmentStatus.APPROVED;
            silenceEnds = null;
            agreedAt = e.agreedAt();
        } else if (event instanceof AnpAssessmentDiscussedAtNacEvent e) {
            nac = new NacDiscussion(e.discussedOn(), e.summary());
        }
        return new AnpAssessmentDocument(
                d.id,
                d.anpId,
                d.partnerId,
                d.partnerCode,
                d.year,
                d.classification,
                status,
                consulted,
                chapters,
                silenceEnds,
                agreedAt,
                objections,
                nac,
                version);
    }

    static AnpAssessmentDocument fromJson(String json) {
        return Json.read(json, AnpAssessmentDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
