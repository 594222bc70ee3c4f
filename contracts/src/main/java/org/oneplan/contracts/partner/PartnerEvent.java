package org.oneplan.contracts.partner;

import java.util.UUID;

/** Everything that can happen to a partner; published on {@code oneplan.partner.events}, keyed by partner id. */
public sealed interface PartnerEvent
        permits PartnerRegisteredEvent,
                PartnerDetailsUpdatedEvent,
                PartnerJoinedFrameworkEvent,
                PartnerLeftFrameworkEvent,
                PartnerSuspendedEvent,
                PartnerReinstatedEvent,
                PartnerEnrolledInProgrammeEvent,
                PartnerLeftProgrammeEvent,
                PredecessorProgrammeRecordedEvent {

    UUID partnerId();
}
