package org.oneplan.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityRevisedEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityStatusChangedEvent;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.AmendmentOpenedEvent;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCarriedOverEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppCycleEndedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.NextCycleRecommendationsReceivedEvent;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.NacDecision;
import org.oneplan.contracts.partner.PartnerDetailsUpdatedEvent;
import org.oneplan.contracts.partner.PartnerEnrolledInProgrammeEvent;
import org.oneplan.contracts.partner.PartnerJoinedFrameworkEvent;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerLeftFrameworkEvent;
import org.oneplan.contracts.partner.PartnerLeftProgrammeEvent;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerReinstatedEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.contracts.partner.PredecessorProgramme;
import org.oneplan.contracts.partner.PredecessorProgrammeRecordedEvent;
import org.oneplan.contracts.partner.Programme;

/** One fixed instance of every published event type. */
final class SampleEvents {

    private static final UUID PARTNER = UUID.fromString("6f1c2a56-2d4e-4c3b-9a51-0d4f6c1e7a10");
    private static final UUID ALLY = UUID.fromString("0b7e8f61-3a2c-4e59-8d47-5c6a1f2e9b03");
    private static final UUID ITPP = UUID.fromString("9a3e6c1d-5b7f-4e2a-8c0d-1f2e3a4b5c6d");
    private static final UUID OBJECTIVE = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    private static final UUID GOAL = UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
    private static final UUID ACTIVITY = UUID.fromString("4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c");
    private static final UUID INDICATOR = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final UUID MILESTONE = UUID.fromString("3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b");

    private SampleEvents() {}

    static List<Object> all() {
        return List.of(
                new PartnerRegisteredEvent(
                        PARTNER,
                        "GEO",
                        "Georgia",
                        PartnerKind.STATE,
                        Set.of(Framework.EAPC_PFP),
                        false,
                        LocalDate.of(1994, 3, 23)),
                new PartnerDetailsUpdatedEvent(PARTNER, "Georgia", true),
                new PartnerJoinedFrameworkEvent(PARTNER, Framework.PARTNERS_ACROSS_THE_GLOBE, LocalDate.of(2024, 1, 1)),
                new PartnerLeftFrameworkEvent(PARTNER, Framework.PARTNERS_ACROSS_THE_GLOBE, LocalDate.of(2025, 1, 1)),
                new PartnerSuspendedEvent(PARTNER, "Council decision", LocalDate.of(2022, 3, 1)),
                new PartnerReinstatedEvent(PARTNER, "Council decision", LocalDate.of(2023, 3, 1)),
                new PartnerEnrolledInProgrammeEvent(
                        PARTNER,
                        Programme.PARP,
                        LocalDate.of(2024, 1, 1),
                        new NacDecision("PO(2024)0001", LocalDate.of(2023, 12, 1))),
                new PartnerLeftProgrammeEvent(PARTNER, Programme.PARP, LocalDate.of(2026, 1, 1)),
                new PredecessorProgrammeRecordedEvent(
                        PARTNER, PredecessorProgramme.IPAP, LocalDate.of(2004, 10, 29), LocalDate.of(2021, 3, 1)),
                new AllyAdmittedEvent(ALLY, "NOR", "Norway", LocalDate.of(1949, 8, 24)),
                new ItppDraftedEvent(ITPP, PARTNER, "GEO", 2026),
                new StrategicObjectiveAddedEvent(
                        ITPP, OBJECTIVE, "Interoperable forces", "Why", "Units meet NATO standards"),
                new StrategicObjectiveRevisedEvent(ITPP, OBJECTIVE, "Interoperable forces", "Why", "Units certified"),
                new StrategicObjectiveWithdrawnEvent(ITPP, OBJECTIVE),
                new PartnershipGoalAddedEvent(
                        ITPP,
                        GOAL,
                        "Deployable battalion",
                        "A battalion certified",
                        "Contributes to operations",
                        List.of(OBJECTIVE),
                        List.of(new Milestone(MILESTONE, "Level 1 evaluation", LocalDate.of(2027, 6, 30))),
                        List.of(new Indicator(
                                INDICATOR,
                                "Officers trained to NATO standards",
                                "persons",
                                new java.math.BigDecimal("40"),
                                2025,
                                new java.math.BigDecimal("120"),
                                2028,
                                true))),
                new PartnershipGoalWithdrawnEvent(ITPP, GOAL),
                new ItppSubmittedEvent(ITPP),
                new PartnerAgreementRecordedEvent(ITPP, "GEO"),
                new ItppCirculatedEvent(ITPP, Instant.parse("2026-03-01T17:00:00Z"), List.of("FRA", "NOR")),
                new SilenceBrokenEvent(ITPP, "FRA", "Goal 1 needs a measurable outcome"),
                new SilenceProcedureLapsedEvent(ITPP, "The partner had not agreed the text by the deadline"),
                new ItppApprovedEvent(ITPP, Instant.parse("2026-03-01T17:00:00Z")),
                new ActivityPlannedEvent(
                        ITPP,
                        ACTIVITY,
                        "Staff officer course",
                        ActivityType.PCM_EVENT,
                        List.of(GOAL),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 12),
                        new ActivityLead(ActivityLead.Kind.NATO_BODY, "NATO School Oberammergau"),
                        "ETE-CP-2345"),
                new ActivityRevisedEvent(
                        ITPP,
                        ACTIVITY,
                        "Staff officer course",
                        ActivityType.PCM_EVENT,
                        List.of(GOAL),
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 12),
                        new ActivityLead(ActivityLead.Kind.ALLY, "DEU"),
                        null),
                new ActivityStatusChangedEvent(ITPP, ACTIVITY, ActivityStatus.UNDER_WAY),
                new MilestoneProgressReportedEvent(
                        ITPP,
                        GOAL,
                        MILESTONE,
                        MilestoneProgress.AT_RISK,
                        LocalDate.of(2027, 5, 1),
                        "Evaluators not yet named"),
                new ItppCycleYearBeganEvent(ITPP, 2, 2027),
                new ItppCycleEndedEvent(ITPP, 2029),
                new AmendmentOpenedEvent(ITPP, 1, "Mid-term assessment recommends a second goal"),
                new ItppCarriedOverEvent(ITPP, PARTNER, List.of(GOAL)),
                new NextCycleRecommendationsReceivedEvent(
                        ITPP,
                        UUID.fromString("3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b"),
                        "Keep the land focus",
                        List.of("Maritime domain awareness"),
                        List.of("A coastal radar")));
    }
}
