package org.oneplan.assessment.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.assessment.messaging.ItppView;
import org.oneplan.contracts.assessment.AssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRatedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.IndicatorActualRecordedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;

/** A Georgian ITPP 2026-2029 with a goal measured by two indicators, and its approved mid-term assessment. */
final class ResultsFixture {

    static final UUID ITPP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    static final UUID GOAL = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    static final UUID ASSESSMENT = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    static final UUID TRAINED = UUID.fromString("e5e5e5e5-0000-4000-8000-0000000000e5");
    static final UUID UNITS = UUID.fromString("f6f6f6f6-0000-4000-8000-0000000000f6");
    static final UUID OBJECTIVE = UUID.fromString("a7a7a7a7-0000-4000-8000-0000000000a7");
    static final UUID COURSE = UUID.fromString("b8b8b8b8-0000-4000-8000-0000000000b8");

    private ResultsFixture() {}

    static ItppView itpp(String goalTitle) {
        ItppView view = ItppView.fold(null, new ItppDraftedEvent(ITPP, GEORGIA, "GEO", 2026));
        view = ItppView.fold(
                view,
                new StrategicObjectiveAddedEvent(ITPP, OBJECTIVE, "Interoperable land forces", null, "Certified"));
        view = ItppView.fold(
                view,
                new PartnershipGoalAddedEvent(
                        ITPP,
                        GOAL,
                        goalTitle,
                        "Certified",
                        "Why",
                        List.of(OBJECTIVE),
                        List.of(),
                        List.of(
                                new Indicator(
                                        TRAINED,
                                        "Officers trained",
                                        "officers",
                                        BigDecimal.ZERO,
                                        2025,
                                        new BigDecimal("60"),
                                        2029,
                                        true),
                                new Indicator(
                                        UNITS,
                                        "Units certified",
                                        "units",
                                        BigDecimal.ZERO,
                                        2025,
                                        BigDecimal.ONE,
                                        2027,
                                        false))));
        view = ItppView.fold(
                view,
                new ActivityPlannedEvent(
                        ITPP,
                        COURSE,
                        "Staff officer course",
                        ActivityType.PCM_EVENT,
                        List.of(GOAL),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 12),
                        new ActivityLead(ActivityLead.Kind.NATO_BODY, "NATO School"),
                        "PCM-2026-0042"));
        return ItppView.fold(view, new ItppApprovedEvent(ITPP, Instant.parse("2026-02-01T00:00:00Z")));
    }

    static AssessmentDocument approvedMidTerm() {
        Instant deadline = Instant.parse("2027-11-01T17:00:00Z");
        List<Object> events = List.of(
                new ItppAssessmentOpenedEvent(
                        ASSESSMENT,
                        AssessmentKind.MID_TERM,
                        ITPP,
                        GEORGIA,
                        "GEO",
                        2026,
                        List.of(new GoalBaseline(GOAL, "Deployable battalion", List.of(), List.of()))),
                new IndicatorActualRecordedEvent(
                        ASSESSMENT, GOAL, TRAINED, new BigDecimal("40"), new BigDecimal("12"), new BigDecimal("28")),
                new IndicatorActualRecordedEvent(ASSESSMENT, GOAL, UNITS, BigDecimal.ONE, null, null),
                new GoalRatedEvent(ASSESSMENT, GOAL, GoalRating.ON_TRACK, "Level 1 passed"),
                new AssessmentSubmittedEvent(ASSESSMENT),
                new AssessmentCirculatedEvent(ASSESSMENT, deadline, List.of("FRA")),
                new ItppAssessmentApprovedEvent(
                        ASSESSMENT, AssessmentKind.MID_TERM, ITPP, GEORGIA, "GEO", deadline, "Keep going"));
        AssessmentDocument document = null;
        for (int version = 0; version < events.size(); version++) {
            document = AssessmentDocument.fold(document, events.get(version), version);
        }
        return document;
    }
}
