package org.oneplan.assessment.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.assessment.AssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRatedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.PartnerCommentRecordedEvent;
import org.oneplan.contracts.assessment.RecommendationsWrittenEvent;

class AssessmentDocumentTest {

    private static final UUID ID = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    private static final UUID ITPP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID PARTNER = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID GOAL = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    private static final Instant DEADLINE = Instant.parse("2027-03-11T09:00:00Z");

    private static AssessmentDocument folded(Object... events) {
        AssessmentDocument document = null;
        for (int version = 0; version < events.length; version++) {
            document = AssessmentDocument.fold(document, events[version], version);
        }
        return document;
    }

    private static ItppAssessmentOpenedEvent opened() {
        return new ItppAssessmentOpenedEvent(
                ID,
                AssessmentKind.MID_TERM,
                ITPP,
                PARTNER,
                "GEO",
                2026,
                List.of(new GoalBaseline(GOAL, "Deployable battalion", List.of(), List.of())));
    }

    @Test
    void a_draft_is_not_the_partners_to_read_until_submitted() {
        AssessmentDocument draft = folded(opened(), new GoalRatedEvent(ID, GOAL, GoalRating.ON_TRACK, "Fine"));

        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(draft.partnerConsulted()).isFalse();
        assertThat(draft.goals().get(0).rating()).isEqualTo(GoalRating.ON_TRACK);
        assertThat(draft.version()).isEqualTo(1);
    }

    @Test
    void an_objection_returns_the_text_to_draft_and_the_partner_stays_consulted() {
        AssessmentDocument back = folded(
                opened(),
                new GoalRatedEvent(ID, GOAL, GoalRating.ON_TRACK, "Fine"),
                new RecommendationsWrittenEvent(ID, "Add a course"),
                new AssessmentSubmittedEvent(ID),
                new PartnerCommentRecordedEvent(ID, "GEO", "Agreed"),
                new AssessmentCirculatedEvent(ID, DEADLINE, List.of("FRA")),
                new AssessmentSilenceBrokenEvent(ID, "FRA", "Too kind"));

        assertThat(back.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(back.partnerConsulted()).isTrue();
        assertThat(back.silenceEnds()).isNull();
        assertThat(back.objections()).containsExactly(new AssessmentDocument.Objection("FRA", "Too kind"));
        assertThat(back.partnerComments()).containsExactly(new AssessmentDocument.PartnerComment("GEO", "Agreed", 4));
    }

    @Test
    void approval_records_when_and_keeps_the_recommendations() {
        AssessmentDocument approved = folded(
                opened(),
                new GoalRatedEvent(ID, GOAL, GoalRating.ACHIEVED, "Done"),
                new RecommendationsWrittenEvent(ID, "Add a course"),
                new AssessmentSubmittedEvent(ID),
                new AssessmentCirculatedEvent(ID, DEADLINE, List.of("FRA")),
                new ItppAssessmentApprovedEvent(
                        ID, AssessmentKind.MID_TERM, ITPP, PARTNER, "GEO", DEADLINE, "Add a course"));

        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approved.approvedAt()).isEqualTo(DEADLINE);
        assertThat(approved.recommendations()).isEqualTo("Add a course");
        assertThat(AssessmentDocument.fromJson(approved.toJson())).isEqualTo(approved);
    }
}
