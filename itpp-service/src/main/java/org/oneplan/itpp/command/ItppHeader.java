package org.oneplan.itpp.command;

import java.util.UUID;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.contracts.itpp.ItppCycle;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.itpp.command.ItppRefusals.ItppFrozen;
import org.oneplan.itpp.command.ItppRefusals.ItppNotInDraft;
import org.oneplan.itpp.command.ItppRefusals.NotYetApproved;
import org.oneplan.platform.axon.RecordMarking;

/**
 * What every part of an ITPP knows of the whole, as its document's header does: which ITPP, whose, where
 * it stands on its way to approval and in its cycle; and how its events are recorded (marked as the
 * document: NATO RESTRICTED, releasable to the partner).
 */
record ItppHeader(UUID itppId, String partnerCode, ItppStatus status, CycleCalendar calendar) {

    static ItppHeader of(ItppDraftedEvent drafted) {
        ItppCycle cycle = new ItppCycle(drafted.cycleStartYear());
        return new ItppHeader(drafted.itppId(), drafted.partnerCode(), ItppStatus.DRAFT, CycleCalendar.of(cycle));
    }

    ItppHeader after(ItppEvent event, boolean amended) {
        return new ItppHeader(itppId, partnerCode, status.after(event, amended), calendar.after(event));
    }

    ItppCycle cycle() {
        return calendar.cycle();
    }

    RecordMarking marking() {
        return RecordMarking.restrictedReleasableTo(partnerCode);
    }

    /** Applies an event of this ITPP with its marking; answers the ITPP's new version. */
    long record(ItppEvent event) {
        marking().apply(event);
        return AggregateLifecycle.getVersion();
    }

    /** Outputs 1 and 2 change only as a draft: the first one, or an amendment. */
    void requireDraft() {
        if (status == ItppStatus.APPROVED) {
            throw new ItppFrozen();
        }
        if (!status.isDrafting()) {
            throw new ItppNotInDraft();
        }
    }

    /** The approved text is in force, with no amendment in the making. */
    void requireApproved() {
        if (status != ItppStatus.APPROVED) {
            throw new NotYetApproved();
        }
    }
}
