package org.oneplan.itpp.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.itpp.AmendmentOpenedEvent;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;

/** The read model's fold, a pure function of the events: the document as people read it. */
class ItppDocumentFoldTest {

    private static final UUID ITPP = UUID.randomUUID();
    private static final UUID PARTNER = UUID.randomUUID();
    private static final UUID OBJECTIVE = UUID.randomUUID();
    private static final UUID GOAL = UUID.randomUUID();
    private static final UUID MILESTONE = UUID.randomUUID();
    private static final Instant SILENCE_ENDS = Instant.parse("2026-03-01T12:00:00Z");

    private static ItppDocument fold(Object... events) {
        ItppDocument document = null;
        for (int version = 0; version < events.length; version++) {
            document = ItppDocument.fold(document, events[version], version);
        }
        return document;
    }

    private static Object[] submittedText() {
        return new Object[] {
            new ItppDraftedEvent(ITPP, PARTNER, "GEO", 2026),
            new StrategicObjectiveAddedEvent(ITPP, OBJECTIVE, "Interoperable forces", null, "NATO standards"),
            new PartnershipGoalAddedEvent(
                    ITPP,
                    GOAL,
                    "Deployable battalion",
                    "Certified",
                    "Operations",
                    List.of(OBJECTIVE),
                    List.of(new Milestone(MILESTONE, "Level 1", LocalDate.of(2027, 6, 30))),
                    List.of()),
            new ItppSubmittedEvent(ITPP),
            new PartnerAgreementRecordedEvent(ITPP, "GEO"),
            new ItppCirculatedEvent(ITPP, SILENCE_ENDS, List.of("FRA", "NOR"))
        };
    }

    private static Object[] with(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void a_draft_is_restricted_and_releasable_to_its_partner_for_four_calendar_years() {
        ItppDocument draft = fold(new ItppDraftedEvent(ITPP, PARTNER, "GEO", 2026));

        assertThat(draft.status()).isEqualTo(ItppStatus.DRAFT);
        assertThat(draft.cycleEndYear()).isEqualTo(2029);
        assertThat(draft.classification()).isEqualTo("NATO RESTRICTED - Releasable to GEO");
        assertThat(draft.version()).isZero();
    }

    @Test
    void objectives_are_added_revised_and_withdrawn_in_place() {
        ItppDocument revised = fold(
                new ItppDraftedEvent(ITPP, PARTNER, "GEO", 2026),
                new StrategicObjectiveAddedEvent(ITPP, OBJECTIVE, "First", null, "Outcome"),
                new StrategicObjectiveRevisedEvent(ITPP, OBJECTIVE, "Second", "Why", "Outcome 2"));
        assertThat(revised.objectives()).singleElement().satisfies(objective -> {
            assertThat(objective.title()).isEqualTo("Second");
            assertThat(objective.intendedOutcome()).isEqualTo("Outcome 2");
        });

        ItppDocument withdrawn = ItppDocument.fold(revised, new StrategicObjectiveWithdrawnEvent(ITPP, OBJECTIVE), 3);
        assertThat(withdrawn.objectives()).isEmpty();
        assertThat(withdrawn.version()).isEqualTo(3);
    }

    @Test
    void a_circulated_text_shows_its_silence_deadline_and_the_partners_agreement() {
        ItppDocument circulated = fold(submittedText());

        assertThat(circulated.status()).isEqualTo(ItppStatus.CIRCULATED);
        assertThat(circulated.partnerAgreed()).isTrue();
        assertThat(circulated.silenceEnds()).isEqualTo(SILENCE_ENDS);
    }

    @Test
    void a_broken_silence_returns_the_text_to_draft_with_the_objection_recorded() {
        ItppDocument objected = fold(with(submittedText(), new SilenceBrokenEvent(ITPP, "FRA", "Too ambitious")));

        assertThat(objected.status()).isEqualTo(ItppStatus.DRAFT);
        assertThat(objected.partnerAgreed()).isFalse();
        assertThat(objected.silenceEnds()).isNull();
        assertThat(objected.objections()).containsExactly(new ItppDocument.Objection("FRA", "Too ambitious"));
    }

    @Test
    void a_lapsed_amendment_returns_to_amending_not_to_draft() {
        ItppDocument lapsed = fold(with(
                submittedText(),
                new ItppApprovedEvent(ITPP, SILENCE_ENDS),
                new AmendmentOpenedEvent(ITPP, 1, "Mid-term"),
                new ItppSubmittedEvent(ITPP),
                new ItppCirculatedEvent(ITPP, SILENCE_ENDS.plusSeconds(86_400), List.of("FRA")),
                new SilenceProcedureLapsedEvent(ITPP, "The partner had not agreed")));

        assertThat(lapsed.status()).isEqualTo(ItppStatus.AMENDING);
        assertThat(lapsed.amendment()).isEqualTo(1);
    }

    @Test
    void approval_and_the_calendar_show_the_approval_time_and_the_cycle_year() {
        ItppDocument yearTwo = fold(with(
                submittedText(),
                new ItppApprovedEvent(ITPP, SILENCE_ENDS),
                new ItppCycleYearBeganEvent(ITPP, 2, 2027)));

        assertThat(yearTwo.status()).isEqualTo(ItppStatus.APPROVED);
        assertThat(yearTwo.approvedAt()).isEqualTo(SILENCE_ENDS);
        assertThat(yearTwo.cycleYear()).isEqualTo(2);
    }

    @Test
    void reported_progress_stands_on_its_milestone_with_the_evidence() {
        ItppDocument reported = fold(with(
                submittedText(),
                new ItppApprovedEvent(ITPP, SILENCE_ENDS),
                new MilestoneProgressReportedEvent(
                        ITPP, GOAL, MILESTONE, MilestoneProgress.AT_RISK, LocalDate.of(2026, 9, 1), "No evaluators")));

        assertThat(reported.goals())
                .singleElement()
                .satisfies(goal -> assertThat(goal.milestones()).singleElement().satisfies(milestone -> {
                    assertThat(milestone.progress()).isEqualTo(MilestoneProgress.AT_RISK);
                    assertThat(milestone.evidence()).isEqualTo("No evaluators");
                }));
    }

    @Test
    void a_history_that_does_not_begin_with_the_draft_is_refused() {
        assertThatThrownBy(() -> ItppDocument.fold(null, new ItppSubmittedEvent(ITPP), 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("first event is its draft");
    }
}
