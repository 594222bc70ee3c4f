package org.oneplan.itpp.query;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.catalogue.Attendance;
import org.oneplan.itpp.query.PcmNominationEntry.Status;

/**
 * A partner's participation in one PCM event, counted from the catalogue's nominations: how many of its
 * nominees were nominated, are accepted or waitlisted, attended (fully or in part), did not show, and
 * completed. Counts only: no person is named.
 */
public record PcmParticipation(
        UUID catalogueEventId,
        String nation,
        int nominated,
        int accepted,
        int waitlisted,
        int attended,
        int attendedInPart,
        int noShow,
        int completed) {

    static PcmParticipation of(UUID catalogueEventId, String nation, List<PcmNominationEntry> nominations) {
        int accepted = 0;
        int waitlisted = 0;
        int attended = 0;
        int partial = 0;
        int noShow = 0;
        int completed = 0;
        for (PcmNominationEntry nomination : nominations) {
            accepted += nomination.status == Status.ACCEPTED ? 1 : 0;
            waitlisted += nomination.status == Status.WAITLISTED ? 1 : 0;
            attended += nomination.attendance == Attendance.ATTENDED ? 1 : 0;
            partial += nomination.attendance == Attendance.PARTIAL ? 1 : 0;
            noShow += nomination.attendance == Attendance.NO_SHOW ? 1 : 0;
            completed += nomination.completed ? 1 : 0;
        }
        return new PcmParticipation(
                catalogueEventId,
                nation,
                nominations.size(),
                accepted,
                waitlisted,
                attended,
                partial,
                noShow,
                completed);
    }
}
