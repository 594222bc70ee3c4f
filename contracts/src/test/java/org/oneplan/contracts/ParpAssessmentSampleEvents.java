package org.oneplan.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.assessment.AnpAssessmentAgreedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentDiscussedAtNacEvent;
import org.oneplan.contracts.assessment.AnpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AnpAssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.AnpChapterAssessedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.ParpAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentCommentedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.ParpGoalAssessedEvent;
import org.oneplan.contracts.assessment.ParpGoalBaseline;
import org.oneplan.contracts.assessment.ParpOverallAssessmentWrittenEvent;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.contracts.parp.ImplementationStatus;

/** One sample of every PARP and ANP assessment event, for the snapshot tests. */
final class ParpAssessmentSampleEvents {

    private static final UUID ASSESSMENT = UUID.fromString("7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e");
    private static final UUID CYCLE = UUID.fromString("8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f");
    private static final UUID ITPP = UUID.fromString("9a3e6c1d-5b7f-4e2a-8c0d-1f2e3a4b5c6d");
    private static final UUID PARTNER = UUID.fromString("6f1c2a56-2d4e-4c3b-9a51-0d4f6c1e7a10");
    private static final UUID GOAL = UUID.fromString("9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a");

    private static final UUID ANP_ASSESSMENT = UUID.fromString("0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b");
    private static final UUID ANP = UUID.fromString("1f2a3b4c-5d6e-4f7a-9b8c-9d0e1f2a3b4c");
    private static final UUID BOSNIA = UUID.fromString("2a3b4c5d-6e7f-4a8b-8c9d-0e1f2a3b4c5d");

    private ParpAssessmentSampleEvents() {}

    static List<Object> all() {
        return List.of(
                new ParpAssessmentOpenedEvent(
                        ASSESSMENT,
                        CYCLE,
                        PARTNER,
                        "GEO",
                        ITPP,
                        2025,
                        2026,
                        1,
                        null,
                        List.of(new ParpGoalBaseline(
                                GOAL,
                                "G 0101",
                                "Interoperable mechanised battalion",
                                ImplementationStatus.IN_PROGRESS,
                                "Level 1 evaluation passed",
                                LocalDate.of(2026, 5, 4)))),
                new ParpGoalAssessedEvent(
                        ASSESSMENT,
                        GOAL,
                        ImplementationStatus.PARTIALLY_IMPLEMENTED,
                        GoalRating.PARTIALLY_ON_TRACK,
                        "Level 2 a year away"),
                new ParpOverallAssessmentWrittenEvent(ASSESSMENT, "Steady progress; manning lags"),
                new ParpAssessmentCommentedEvent(ASSESSMENT, "GEO", "Manning improves with the 2027 budget"),
                new ParpAssessmentSubmittedEvent(ASSESSMENT),
                new ParpAssessmentCirculatedEvent(
                        ASSESSMENT, Instant.parse("2026-11-20T17:00:00Z"), List.of("FRA", "NOR")),
                new ParpAssessmentSilenceBrokenEvent(ASSESSMENT, "NOR", "Rate the goal NOT_ON_TRACK"),
                new ParpAssessmentApprovedEvent(
                        ASSESSMENT, CYCLE, PARTNER, "GEO", ITPP, 2026, 1, Instant.parse("2026-11-20T17:00:00Z")),
                new AnpAssessmentOpenedEvent(ANP_ASSESSMENT, ANP, BOSNIA, "BIH", 2026),
                new AnpChapterAssessedEvent(ANP_ASSESSMENT, AnpChapter.LEGAL, "Defence law adopted"),
                new AnpAssessmentSubmittedEvent(ANP_ASSESSMENT),
                new AnpAssessmentCirculatedEvent(
                        ANP_ASSESSMENT, Instant.parse("2026-12-04T17:00:00Z"), List.of("FRA", "NOR")),
                new AnpAssessmentSilenceBrokenEvent(ANP_ASSESSMENT, "FRA", "Say more on reform"),
                new AnpAssessmentAgreedEvent(
                        ANP_ASSESSMENT, ANP, BOSNIA, "BIH", 2026, Instant.parse("2026-12-04T17:00:00Z")),
                new AnpAssessmentDiscussedAtNacEvent(
                        ANP_ASSESSMENT, LocalDate.of(2026, 12, 16), "Council welcomed the reform plan"));
    }
}
