package org.oneplan.assessment.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.api.AssessmentIds;
import org.oneplan.assessment.command.AssessmentRefusals.NotYetApproved;
import org.oneplan.contracts.assessment.AssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentRevisionOpenedEvent;

/** An approved assessment is frozen; a correction is its next revision, over the same baseline. */
class AssessmentRevisionTest {

    private static final UUID ITPP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID ASSESSMENT = AssessmentIds.of(ITPP, AssessmentKind.MID_TERM);
    private static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final List<GoalBaseline> GOALS = List.of(new GoalBaseline(
            UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4"), "Deployable battalion", List.of(), List.of()));
    private static final Instant DEADLINE = Instant.parse("2027-03-11T09:00:00Z");

    private final AggregateTestFixture<ItppAssessment> fixture = new AggregateTestFixture<>(ItppAssessment.class);

    private static ItppAssessmentOpenedEvent opened() {
        return new ItppAssessmentOpenedEvent(ASSESSMENT, AssessmentKind.MID_TERM, ITPP, GEORGIA, "GEO", 2026, GOALS);
    }

    private static Object[] approved() {
        return new Object[] {
            opened(),
            new AssessmentSubmittedEvent(ASSESSMENT),
            new AssessmentCirculatedEvent(ASSESSMENT, DEADLINE, List.of("FRA")),
            new ItppAssessmentApprovedEvent(
                    ASSESSMENT, AssessmentKind.MID_TERM, ITPP, GEORGIA, "GEO", DEADLINE, "Keep going")
        };
    }

    @Test
    void an_approved_assessment_opens_its_next_revision_over_the_same_baseline() {
        AtomicReference<ItppAssessmentRevisionOpenedEvent> revision = new AtomicReference<>();
        fixture.given(approved())
                .whenInvoking(ASSESSMENT.toString(), assessment -> revision.set(assessment.nextRevision()))
                .expectNoEvents();

        assertThat(revision.get())
                .isEqualTo(new ItppAssessmentRevisionOpenedEvent(
                        AssessmentIds.revision(ITPP, AssessmentKind.MID_TERM, 2),
                        ASSESSMENT,
                        2,
                        AssessmentKind.MID_TERM,
                        ITPP,
                        GEORGIA,
                        "GEO",
                        2026,
                        List.of(),
                        GOALS));
    }

    @Test
    void a_draft_is_changed_directly_not_revised() {
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        fixture.given(opened()).whenInvoking(ASSESSMENT.toString(), assessment -> {
            try {
                assessment.nextRevision();
            } catch (NotYetApproved e) {
                refusal.set(e);
            }
        });
        assertThat(refusal.get()).isInstanceOf(NotYetApproved.class);
    }

    @Test
    void revisions_have_ids_of_their_own_and_the_first_is_the_assessment() {
        assertThat(AssessmentIds.revision(ITPP, AssessmentKind.MID_TERM, 1)).isEqualTo(ASSESSMENT);
        assertThat(AssessmentIds.revision(ITPP, AssessmentKind.MID_TERM, 2))
                .isNotEqualTo(ASSESSMENT)
                .isNotEqualTo(AssessmentIds.revision(ITPP, AssessmentKind.MID_TERM, 3));
    }
}
