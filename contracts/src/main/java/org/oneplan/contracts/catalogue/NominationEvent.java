package org.oneplan.contracts.catalogue;

import java.util.UUID;

/**
 * What happens to the seats of one iteration of an event: nominations, the organiser's decisions, the
 * cut-offs and attendance. Personal data never appear: a nominee is named by participant id and nation.
 */
public sealed interface NominationEvent extends CatalogueEvent
        permits ParticipantNominatedEvent,
                NominationAcceptedEvent,
                NominationWaitlistedEvent,
                NominationRefusedEvent,
                NominationWithdrawnEvent,
                NominationsClosedEvent,
                WaitlistReleasedEvent,
                IterationCancelledEvent,
                AttendanceRecordedEvent {

    UUID contributionId();

    UUID iterationId();
}
