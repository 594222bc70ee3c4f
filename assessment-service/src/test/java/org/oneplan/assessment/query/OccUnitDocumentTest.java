package org.oneplan.assessment.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.assessment.occ.CriterionRating;
import org.oneplan.contracts.assessment.occ.EvaluationResult;
import org.oneplan.contracts.assessment.occ.InteroperabilityRating;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.contracts.assessment.occ.OccEvaluationRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccFeedbackRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccGoalsLinkedEvent;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.contracts.assessment.occ.OccUnitDeclaredEvent;

class OccUnitDocumentTest {

    private static final UUID UNIT = UUID.fromString("a1a1a1a1-0000-4000-8000-00000000c0c1");
    private static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID ITPP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID GOAL = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");

    private static OccEvaluationRecordedEvent evaluated(OccLevel level, EvaluationResult result) {
        return new OccEvaluationRecordedEvent(
                UNIT,
                level,
                LocalDate.of(2026, 5, 20),
                List.of("JFC Naples evaluation team"),
                List.of(new CriterionRating("STANAG 2116", InteroperabilityRating.INTEROPERABLE)),
                result);
    }

    @Test
    void a_declared_unit_awaits_its_first_self_evaluation() {
        OccUnitDocument unit = OccUnitDocument.fold(null, declared(), 0);

        assertThat(unit.currentLevel()).isNull();
        assertThat(unit.nextEvaluation()).isEqualTo(OccLevel.SEL1);
        assertThat(unit.classification()).isEqualTo("NATO RESTRICTED - Releasable to GEO");
    }

    @Test
    void the_document_shows_the_level_reached_the_evaluation_due_the_goals_and_feedback() {
        OccUnitDocument unit = OccUnitDocument.fold(null, declared(), 0);
        unit = OccUnitDocument.fold(unit, evaluated(OccLevel.SEL1, EvaluationResult.PASSED), 1);
        unit = OccUnitDocument.fold(unit, evaluated(OccLevel.NEL1, EvaluationResult.FAILED), 2);
        assertThat(unit.nextEvaluation()).isEqualTo(OccLevel.NEL1);
        unit = OccUnitDocument.fold(unit, evaluated(OccLevel.NEL1, EvaluationResult.PASSED), 3);
        unit = OccUnitDocument.fold(unit, new OccGoalsLinkedEvent(UNIT, ITPP, List.of(GOAL)), 4);
        unit = OccUnitDocument.fold(unit, new OccFeedbackRecordedEvent(UNIT, OccLevel.NEL1, "Secure radios"), 5);

        assertThat(unit.currentLevel()).isEqualTo(OccLevel.NEL1);
        assertThat(unit.nextEvaluation()).isEqualTo(OccLevel.SEL2);
        assertThat(unit.evaluations())
                .extracting(OccUnitDocument.Evaluation::version)
                .containsExactly(1L, 2L, 3L);
        assertThat(unit.linkedGoals()).containsExactly(new OccUnitDocument.LinkedGoal(GOAL, ITPP));
        assertThat(unit.feedback()).containsExactly(new OccUnitDocument.Feedback(OccLevel.NEL1, "Secure radios", 5));
        assertThat(unit.version()).isEqualTo(5);
        assertThat(OccUnitDocument.fromJson(unit.toJson())).isEqualTo(unit);
    }

    @Test
    void nothing_is_due_after_a_passed_nel2() {
        OccUnitDocument unit = OccUnitDocument.fold(null, declared(), 0);
        unit = OccUnitDocument.fold(unit, evaluated(OccLevel.NEL2, EvaluationResult.PASSED), 4);

        assertThat(unit.nextEvaluation()).isNull();
    }

    private static OccUnitDeclaredEvent declared() {
        return new OccUnitDeclaredEvent(UNIT, GEORGIA, "GEO", OccDomain.LAND, "Battalion", "battalion", "Infantry");
    }
}
