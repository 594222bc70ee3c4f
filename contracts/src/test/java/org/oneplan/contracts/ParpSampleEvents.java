package org.oneplan.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.contracts.parp.AnpChapterWrittenEvent;
import org.oneplan.contracts.parp.AnpCommentedEvent;
import org.oneplan.contracts.parp.AnpDiscussedAtNacEvent;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.contracts.parp.AnpSubmittedEvent;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.GoalPriority;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpGoalAgreedEvent;
import org.oneplan.contracts.parp.ParpGoalChangeRequestedEvent;
import org.oneplan.contracts.parp.ParpGoalDeclinedEvent;
import org.oneplan.contracts.parp.ParpGoalDraftedEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpGoalRevisedEvent;
import org.oneplan.contracts.parp.ParpGoalTerms;
import org.oneplan.contracts.parp.ParpGoalWithdrawnEvent;
import org.oneplan.contracts.parp.ParpPackageAgreedByPartnerEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;
import org.oneplan.contracts.parp.ParpPackageCirculatedEvent;
import org.oneplan.contracts.parp.ParpPackageSubmittedEvent;
import org.oneplan.contracts.parp.ParpSilenceBrokenEvent;
import org.oneplan.contracts.parp.ParpSilenceProcedureLapsedEvent;
import org.oneplan.contracts.parp.ParpSurveyIssuedEvent;
import org.oneplan.contracts.parp.SurveyAnswerSavedEvent;
import org.oneplan.contracts.parp.SurveyClarificationRequestedEvent;
import org.oneplan.contracts.parp.SurveySection;
import org.oneplan.contracts.parp.SurveySubmittedEvent;

/** One sample of every PARP and ANP event, for the snapshot tests. */
final class ParpSampleEvents {

    private static final UUID PARTNER = UUID.fromString("6f1c2a56-2d4e-4c3b-9a51-0d4f6c1e7a10");
    private static final UUID ITPP = UUID.fromString("9a3e6c1d-5b7f-4e2a-8c0d-1f2e3a4b5c6d");
    private static final UUID ITPP_GOAL = UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
    private static final UUID CYCLE = UUID.fromString("7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e");
    private static final UUID ANP = UUID.fromString("9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a");
    private static final UUID GOAL = UUID.fromString("8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f");
    private static final ParpGoalTerms TERMS = new ParpGoalTerms(
            "G 0101",
            "Deployable light infantry battalion",
            CapabilityArea.LAND,
            "A battalion able to operate with Allied forces",
            List.of("STANAG 2116", "STANAG 6001"),
            GoalPriority.HIGH,
            2026,
            2029,
            List.of(ITPP_GOAL));

    private ParpSampleEvents() {}

    static List<Object> all() {
        return List.of(
                new ParpCycleOpenedEvent(CYCLE, PARTNER, "GEO", 2026, ITPP),
                new ParpSurveyIssuedEvent(
                        CYCLE, List.of("How will reserve forces be trained?"), LocalDate.of(2026, 6, 30)),
                new SurveyAnswerSavedEvent(CYCLE, SurveySection.DEFENCE_BUDGET_AND_RESOURCES, "1.9% of GDP"),
                new SurveySubmittedEvent(CYCLE),
                new SurveyClarificationRequestedEvent(
                        CYCLE, SurveySection.DEFENCE_BUDGET_AND_RESOURCES, "Does this include pensions?"),
                new ParpGoalDraftedEvent(CYCLE, GOAL, TERMS),
                new ParpGoalRevisedEvent(CYCLE, GOAL, 2, TERMS),
                new ParpGoalWithdrawnEvent(CYCLE, GOAL, "Covered by goal G 0102"),
                new ParpGoalAgreedEvent(CYCLE, GOAL, 2),
                new ParpGoalChangeRequestedEvent(CYCLE, GOAL, 1, "Move the target to 2029"),
                new ParpGoalDeclinedEvent(CYCLE, GOAL, 1, "Not affordable in this cycle"),
                new ParpPackageSubmittedEvent(CYCLE),
                new ParpPackageAgreedByPartnerEvent(CYCLE, "GEO"),
                new ParpPackageCirculatedEvent(CYCLE, Instant.parse("2026-05-01T17:00:00Z"), List.of("FRA", "NOR")),
                new ParpSilenceBrokenEvent(CYCLE, "FRA", "G 0101 needs a certification date"),
                new ParpSilenceProcedureLapsedEvent(CYCLE, "The partner had not agreed the text by the deadline"),
                new ParpPackageApprovedEvent(
                        CYCLE,
                        Instant.parse("2026-05-01T17:00:00Z"),
                        PARTNER,
                        "GEO",
                        ITPP,
                        List.of(new ApprovedParpGoal(
                                GOAL,
                                "G 0101",
                                "Deployable light infantry battalion",
                                CapabilityArea.LAND,
                                2026,
                                2029,
                                List.of(ITPP_GOAL)))),
                new ParpGoalProgressRecordedEvent(
                        CYCLE,
                        GOAL,
                        ImplementationStatus.IN_PROGRESS,
                        "Two companies certified at level 1",
                        LocalDate.of(2027, 3, 1)),
                new AnpOpenedEvent(ANP, PARTNER, "BIH", 2026),
                new AnpChapterWrittenEvent(ANP, AnpChapter.LEGAL, "Defence law amended in 2025"),
                new AnpSubmittedEvent(ANP),
                new AnpCommentedEvent(ANP, AnpChapter.RESOURCES, "Show the multi-year budget"),
                new AnpDiscussedAtNacEvent(ANP, LocalDate.of(2026, 11, 4), "Progress noted on defence reform"));
    }
}
