package org.oneplan.assessment.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.assessment.AnpAssessmentAgreedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentDiscussedAtNacEvent;
import org.oneplan.contracts.assessment.AnpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.AnpChapterAssessedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.ParpAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentCommentedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.ParpGoalAssessedEvent;
import org.oneplan.contracts.assessment.ParpGoalBaseline;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.contracts.parp.ImplementationStatus;

class ParpAndAnpAssessmentDocumentTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID CYCLE = UUID.randomUUID();
    private static final UUID GOAL = UUID.randomUUID();

    @Test
    void a_parp_assessment_reads_as_its_events_tell_it() {
        ParpAssessmentDocument d = ParpAssessmentDocument.fold(
                null,
                new ParpAssessmentOpenedEvent(
                        ID,
                        CYCLE,
                        UUID.randomUUID(),
                        "GEO",
                        null,
                        2025,
                        2026,
                        1,
                        null,
                        List.of(new ParpGoalBaseline(
                                GOAL, "G 0101", "Battalion", ImplementationStatus.IN_PROGRESS, "Passed", null))),
                0);
        assertThat(d.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(d.partnerConsulted()).isFalse();
        assertThat(d.classification()).isEqualTo("NATO RESTRICTED - Releasable to GEO");
        d = ParpAssessmentDocument.fold(
                d,
                new ParpGoalAssessedEvent(ID, GOAL, ImplementationStatus.IMPLEMENTED, GoalRating.ACHIEVED, "Done"),
                1);
        d = ParpAssessmentDocument.fold(d, new ParpAssessmentSubmittedEvent(ID), 2);
        d = ParpAssessmentDocument.fold(d, new ParpAssessmentCommentedEvent(ID, "GEO", "Thanks"), 3);
        d = ParpAssessmentDocument.fold(d, new ParpAssessmentSilenceBrokenEvent(ID, "NOR", "Lower"), 4);
        assertThat(d.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(d.partnerConsulted()).isTrue();
        d = ParpAssessmentDocument.fold(
                d,
                new ParpAssessmentApprovedEvent(
                        ID, CYCLE, UUID.randomUUID(), "GEO", null, 2026, 1, Instant.parse("2026-10-01T00:00:00Z")),
                5);

        assertThat(d.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(d.version()).isEqualTo(5);
        assertThat(d.goals().get(0).reportedStatus()).isEqualTo(ImplementationStatus.IN_PROGRESS);
        assertThat(d.goals().get(0).status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(d.goals().get(0).rating()).isEqualTo(GoalRating.ACHIEVED);
        assertThat(d.partnerComments())
                .extracting(AssessmentDocument.PartnerComment::version)
                .containsExactly(3L);
        assertThat(d.objections())
                .extracting(AssessmentDocument.Objection::ally)
                .containsExactly("NOR");
    }

    @Test
    void an_anp_assessment_reads_its_chapters_agreement_and_council_discussion() {
        AnpAssessmentDocument d = AnpAssessmentDocument.fold(
                null, new AnpAssessmentOpenedEvent(ID, UUID.randomUUID(), UUID.randomUUID(), "BIH", 2025), 0);
        assertThat(d.chapters()).hasSize(5).allMatch(chapter -> chapter.assessment() == null);
        d = AnpAssessmentDocument.fold(d, new AnpChapterAssessedEvent(ID, AnpChapter.LEGAL, "Adopted"), 1);
        d = AnpAssessmentDocument.fold(
                d,
                new AnpAssessmentAgreedEvent(
                        ID, d.anpId(), d.partnerId(), "BIH", 2025, Instant.parse("2026-11-01T00:00:00Z")),
                2);
        d = AnpAssessmentDocument.fold(
                d, new AnpAssessmentDiscussedAtNacEvent(ID, LocalDate.of(2026, 11, 19), "Welcomed"), 3);

        assertThat(d.chapters().get(4)).isEqualTo(new AnpAssessmentDocument.Chapter(AnpChapter.LEGAL, "Adopted"));
        assertThat(d.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(d.nacDiscussion())
                .isEqualTo(new AnpAssessmentDocument.NacDiscussion(LocalDate.of(2026, 11, 19), "Welcomed"));
    }
}
