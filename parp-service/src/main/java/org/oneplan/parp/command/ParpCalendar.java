package org.oneplan.parp.command;

import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.oneplan.parp.api.KnownItppCycles;
import org.oneplan.parp.api.ParpIds;
import org.oneplan.parp.command.ParpRefusals.ItppOfAnotherPartner;
import org.oneplan.parp.command.ParpRefusals.OutsideTheItppCycle;
import org.oneplan.parp.command.ParpRefusals.OverlappingCycle;
import org.oneplan.parp.command.ParpRefusals.UnknownItpp;

/**
 * Where a partner's PARP cycles may lie: two years each, never overlapping, and, for a cycle that names its
 * ITPP, the first or the second half of that ITPP's four-year cycle. Open cycles are read from the event
 * store itself, inside the command's transaction, not from a read model that may lag.
 */
final class ParpCalendar {

    private final Predicate<UUID> opened;
    private final KnownItppCycles itpps;

    ParpCalendar(Predicate<UUID> opened, KnownItppCycles itpps) {
        this.opened = opened;
        this.itpps = itpps;
    }

    /** The calendar as the event store records it: a cycle is open once its first event is stored. */
    static ParpCalendar of(EventStore events, KnownItppCycles itpps) {
        return new ParpCalendar(id -> events.readEvents(id.toString()).hasNext(), itpps);
    }

    void requirePlace(UUID partnerId, int startYear, UUID itppId) {
        if (itppId != null) {
            KnownItppCycles.KnownItppCycle itpp = itpps.find(itppId).orElseThrow(() -> new UnknownItpp(itppId));
            if (!itpp.partnerId().equals(partnerId)) {
                throw new ItppOfAnotherPartner();
            }
            if (startYear != itpp.cycleStartYear() && startYear != itpp.cycleStartYear() + 2) {
                throw new OutsideTheItppCycle(itpp.cycleStartYear());
            }
        }
        for (int neighbour : new int[] {startYear - 1, startYear + 1}) {
            if (opened.test(ParpIds.cycle(partnerId, neighbour))) {
                throw new OverlappingCycle(neighbour);
            }
        }
    }
}
