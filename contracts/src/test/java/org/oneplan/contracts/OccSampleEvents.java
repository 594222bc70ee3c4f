package org.oneplan.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.assessment.occ.CriterionRating;
import org.oneplan.contracts.assessment.occ.EvaluationResult;
import org.oneplan.contracts.assessment.occ.InteroperabilityRating;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.contracts.assessment.occ.OccEvaluationRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccFeedbackRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccGoalsLinkedEvent;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.contracts.assessment.occ.OccUnitDeclaredEvent;

/** One sample of every OCC unit event, for the snapshot tests. */
final class OccSampleEvents {

    private static final UUID UNIT = UUID.fromString("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
    private static final UUID PARTNER = UUID.fromString("6f1c2a56-2d4e-4c3b-9a51-0d4f6c1e7a10");
    private static final UUID ITPP = UUID.fromString("9a3e6c1d-5b7f-4e2a-8c0d-1f2e3a4b5c6d");
    private static final UUID GOAL = UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");

    private OccSampleEvents() {}

    static List<Object> all() {
        return List.of(
                new OccUnitDeclaredEvent(
                        UNIT,
                        PARTNER,
                        "GEO",
                        OccDomain.LAND,
                        "Light Infantry Battalion 1",
                        "battalion",
                        "Light infantry battalion"),
                new OccEvaluationRecordedEvent(
                        UNIT,
                        OccLevel.NEL1,
                        LocalDate.of(2026, 5, 20),
                        List.of("JFC Naples evaluation team"),
                        List.of(
                                new CriterionRating("STANAG 2116", InteroperabilityRating.INTEROPERABLE),
                                new CriterionRating(
                                        "Secure communications", InteroperabilityRating.PARTIALLY_INTEROPERABLE)),
                        EvaluationResult.PASSED),
                new OccGoalsLinkedEvent(UNIT, ITPP, List.of(GOAL)),
                new OccFeedbackRecordedEvent(UNIT, OccLevel.NEL1, "Train the signals platoon on secure radios"));
    }
}
