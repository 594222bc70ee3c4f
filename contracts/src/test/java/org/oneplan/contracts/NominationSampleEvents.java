package org.oneplan.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.catalogue.Attendance;
import org.oneplan.contracts.catalogue.AttendanceRecordedEvent;
import org.oneplan.contracts.catalogue.IterationCancelledEvent;
import org.oneplan.contracts.catalogue.NominationAcceptedEvent;
import org.oneplan.contracts.catalogue.NominationRefusedEvent;
import org.oneplan.contracts.catalogue.NominationWaitlistedEvent;
import org.oneplan.contracts.catalogue.NominationWithdrawnEvent;
import org.oneplan.contracts.catalogue.NominationsClosedEvent;
import org.oneplan.contracts.catalogue.ParticipantNominatedEvent;
import org.oneplan.contracts.catalogue.WaitlistReleasedEvent;
import org.oneplan.contracts.shared.Classification;

/** One sample of every nomination event, for the snapshot tests. */
final class NominationSampleEvents {

    private static final UUID CONTRIBUTION = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
    private static final UUID ITERATION = UUID.fromString("4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f8a");
    private static final UUID NOMINATION = UUID.fromString("6f7a8b9c-0d1e-4f2a-9b4c-5d6e7f8a9b0c");
    private static final UUID PARTICIPANT = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d");
    private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");

    private NominationSampleEvents() {}

    static List<Object> all() {
        return List.of(
                new ParticipantNominatedEvent(
                        CONTRIBUTION,
                        ITERATION,
                        NOMINATION,
                        PARTICIPANT,
                        "UKR",
                        Classification.NATO_RESTRICTED,
                        true,
                        AT),
                new NominationAcceptedEvent(CONTRIBUTION, ITERATION, NOMINATION, "UKR", true, AT),
                new NominationWaitlistedEvent(CONTRIBUTION, ITERATION, NOMINATION, "UKR", AT),
                new NominationRefusedEvent(CONTRIBUTION, ITERATION, NOMINATION, "UKR", "Language level not met", AT),
                new NominationWithdrawnEvent(CONTRIBUTION, ITERATION, NOMINATION, "UKR", AT),
                new NominationsClosedEvent(CONTRIBUTION, ITERATION, AT),
                new WaitlistReleasedEvent(CONTRIBUTION, ITERATION, AT),
                new IterationCancelledEvent(CONTRIBUTION, ITERATION, 3, 10, List.of("GEO", "UKR"), AT),
                new AttendanceRecordedEvent(CONTRIBUTION, ITERATION, NOMINATION, "UKR", Attendance.PARTIAL, false, AT));
    }
}
