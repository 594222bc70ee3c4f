package org.oneplan.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.assessment.ActivityBaseline;
import org.oneplan.contracts.assessment.AssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRatedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.IndicatorActualRecordedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentRevisionOpenedEvent;
import org.oneplan.contracts.assessment.MilestoneBaseline;
import org.oneplan.contracts.assessment.NextCycleRecommendedEvent;
import org.oneplan.contracts.assessment.ObjectiveBaseline;
import org.oneplan.contracts.assessment.ObjectiveRatedEvent;
import org.oneplan.contracts.assessment.PartnerCommentRecordedEvent;
import org.oneplan.contracts.assessment.RecommendationsWrittenEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.MilestoneProgress;

/** One sample of every assessment event, for the snapshot tests. */
final class AssessmentSampleEvents {

    private static final UUID ASSESSMENT = UUID.fromString("3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b");
    private static final UUID ITPP = UUID.fromString("9a3e6c1d-5b7f-4e2a-8c0d-1f2e3a4b5c6d");
    private static final UUID PARTNER = UUID.fromString("6f1c2a56-2d4e-4c3b-9a51-0d4f6c1e7a10");
    private static final UUID GOAL = UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
    private static final UUID MILESTONE = UUID.fromString("4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c");
    private static final UUID ACTIVITY = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final UUID REVISION = UUID.fromString("8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a");
    private static final UUID INDICATOR = UUID.fromString("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    private static final UUID OBJECTIVE = UUID.fromString("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");

    private AssessmentSampleEvents() {}

    static List<Object> all() {
        return List.of(
                new ItppAssessmentOpenedEvent(
                        ASSESSMENT,
                        AssessmentKind.MID_TERM,
                        ITPP,
                        PARTNER,
                        "GEO",
                        2025,
                        List.of(new GoalBaseline(
                                GOAL,
                                "Deployable battalion",
                                List.of(new MilestoneBaseline(
                                        MILESTONE,
                                        "Level 1 evaluation",
                                        LocalDate.of(2026, 6, 30),
                                        MilestoneProgress.DELAYED,
                                        LocalDate.of(2026, 7, 2),
                                        "Evaluators named late")),
                                List.of(new ActivityBaseline(ACTIVITY, "Staff officer course", ActivityStatus.DONE))))),
                new GoalRatedEvent(ASSESSMENT, GOAL, GoalRating.PARTIALLY_ON_TRACK, "Level 1 passed a year late"),
                new RecommendationsWrittenEvent(ASSESSMENT, "Add a second evaluation in year 3"),
                new PartnerCommentRecordedEvent(ASSESSMENT, "GEO", "The delay came from the evaluators' calendar"),
                new AssessmentSubmittedEvent(ASSESSMENT),
                new AssessmentCirculatedEvent(ASSESSMENT, Instant.parse("2027-03-15T17:00:00Z"), List.of("FRA", "NOR")),
                new AssessmentSilenceBrokenEvent(ASSESSMENT, "NOR", "Rate the goal NOT_ON_TRACK"),
                new ItppAssessmentApprovedEvent(
                        ASSESSMENT,
                        AssessmentKind.MID_TERM,
                        ITPP,
                        PARTNER,
                        "GEO",
                        Instant.parse("2027-03-15T17:00:00Z"),
                        "Add a second evaluation in year 3"),
                new EndOfCycleAssessmentOpenedEvent(
                        ASSESSMENT,
                        ITPP,
                        PARTNER,
                        "GEO",
                        2025,
                        List.of(new ObjectiveBaseline(OBJECTIVE, "Interoperable land forces")),
                        List.of(new GoalBaseline(GOAL, "Deployable battalion", List.of(), List.of()))),
                new ItppAssessmentRevisionOpenedEvent(
                        REVISION,
                        ASSESSMENT,
                        2,
                        AssessmentKind.END_OF_CYCLE,
                        ITPP,
                        PARTNER,
                        "GEO",
                        2025,
                        List.of(new ObjectiveBaseline(OBJECTIVE, "Interoperable land forces")),
                        List.of(new GoalBaseline(GOAL, "Deployable battalion", List.of(), List.of()))),
                new ObjectiveRatedEvent(ASSESSMENT, OBJECTIVE, GoalRating.ACHIEVED, "Battalion certified in year 4"),
                new IndicatorActualRecordedEvent(
                        ASSESSMENT, GOAL, INDICATOR, new BigDecimal("40"), new BigDecimal("12"), new BigDecimal("28")),
                new NextCycleRecommendedEvent(
                        ASSESSMENT, List.of(GOAL), List.of("Maritime domain awareness"), List.of("A coastal radar")),
                new EndOfCycleAssessmentApprovedEvent(
                        ASSESSMENT,
                        ITPP,
                        PARTNER,
                        "GEO",
                        Instant.parse("2028-11-15T17:00:00Z"),
                        "Keep the land focus",
                        List.of(GOAL),
                        List.of("Maritime domain awareness"),
                        List.of("A coastal radar")));
    }
}
