package org.oneplan.contracts.itpp;

import java.util.UUID;

/** Everything that happens to an ITPP document; published on {@code oneplan.itpp.events}, keyed by ITPP id. */
public sealed interface ItppEvent
        permits ItppDraftedEvent,
                StrategicObjectiveAddedEvent,
                StrategicObjectiveRevisedEvent,
                StrategicObjectiveWithdrawnEvent,
                PartnershipGoalAddedEvent,
                PartnershipGoalWithdrawnEvent,
                ItppSubmittedEvent,
                PartnerAgreementRecordedEvent,
                ItppCirculatedEvent,
                SilenceBrokenEvent,
                SilenceProcedureLapsedEvent,
                ItppApprovedEvent,
                ActivityPlannedEvent,
                ActivityRevisedEvent,
                ActivityStatusChangedEvent,
                MilestoneProgressReportedEvent,
                ItppCycleYearBeganEvent,
                ItppCycleEndedEvent,
                AmendmentOpenedEvent,
                ItppCarriedOverEvent,
                NextCycleRecommendationsReceivedEvent {

    UUID itppId();
}
