package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** After the iteration the organiser recorded a nominee's attendance and whether they completed it. */
@DomainEvent(context = "catalogue")
public record AttendanceRecordedEvent(
        UUID contributionId,
        UUID iterationId,
        UUID nominationId,
        String nation,
        Attendance attendance,
        boolean completed,
        Instant at)
        implements NominationEvent {}
