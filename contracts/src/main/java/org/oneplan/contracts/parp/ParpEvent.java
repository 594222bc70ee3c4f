package org.oneplan.contracts.parp;

import java.util.UUID;

/** Everything that happens to a PARP cycle; published on {@code oneplan.parp.events}, keyed by cycle id. */
public sealed interface ParpEvent
        permits ParpCycleOpenedEvent,
                ParpSurveyIssuedEvent,
                SurveyAnswerSavedEvent,
                SurveySubmittedEvent,
                SurveyClarificationRequestedEvent,
                ParpGoalDraftedEvent,
                ParpGoalRevisedEvent,
                ParpGoalWithdrawnEvent,
                ParpGoalAgreedEvent,
                ParpGoalChangeRequestedEvent,
                ParpGoalDeclinedEvent,
                ParpPackageSubmittedEvent,
                ParpPackageAgreedByPartnerEvent,
                ParpPackageCirculatedEvent,
                ParpSilenceBrokenEvent,
                ParpSilenceProcedureLapsedEvent,
                ParpPackageApprovedEvent,
                ParpGoalProgressRecordedEvent {

    UUID parpCycleId();
}
