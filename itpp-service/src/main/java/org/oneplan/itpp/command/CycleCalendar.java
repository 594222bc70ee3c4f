package org.oneplan.itpp.command;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCycle;
import org.oneplan.contracts.itpp.ItppCycleEndedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.itpp.command.ItppRefusals.AmendmentBeforeMidTerm;
import org.oneplan.itpp.command.ItppRefusals.CycleEnded;

/**
 * The calendar of an approved ITPP: the first approval starts year 1, and the beginnings of years 2 to 4
 * and the end of the cycle are persistent deadlines on 1 January.
 *
 * @param cycleYear the current year of the cycle, 0 until the first approval
 */
record CycleCalendar(ItppCycle cycle, int cycleYear, boolean ended) {

    static final String YEAR_BEGINS = "cycle-year-begins";
    static final String CYCLE_ENDS = "cycle-ends";
    static final int MID_TERM = 2;

    static CycleCalendar of(ItppCycle cycle) {
        return new CycleCalendar(cycle, 0, false);
    }

    boolean isRunning() {
        return cycleYear > 0;
    }

    /** Schedules the new years 2 to 4 and the end of the cycle. */
    void start(DeadlineManager deadlines) {
        for (int year = 2; year <= ItppCycle.YEARS; year++) {
            deadlines.schedule(cycle.beginningOf(year), YEAR_BEGINS, new Itpp.CycleYear(year));
        }
        deadlines.schedule(cycle.end(), CYCLE_ENDS, new Itpp.CycleYear(ItppCycle.YEARS));
    }

    ItppCycleYearBeganEvent yearBegan(UUID itppId, Itpp.CycleYear year) {
        return new ItppCycleYearBeganEvent(itppId, year.cycleYear(), cycle.calendarYear(year.cycleYear()));
    }

    Optional<ItppCycleEndedEvent> ending(UUID itppId) {
        return ended ? Optional.empty() : Optional.of(new ItppCycleEndedEvent(itppId, cycle.lastYear()));
    }

    void requireOpen() {
        if (ended) {
            throw new CycleEnded();
        }
    }

    /** An approved text is amended from the mid-term on, when its assessment can recommend changes. */
    void requireMidTermReached() {
        if (cycleYear < MID_TERM) {
            throw new AmendmentBeforeMidTerm();
        }
    }

    CycleCalendar after(ItppEvent event) {
        if (event instanceof ItppApprovedEvent) {
            return new CycleCalendar(cycle, Math.max(cycleYear, 1), ended);
        }
        if (event instanceof ItppCycleYearBeganEvent began) {
            return new CycleCalendar(cycle, began.cycleYear(), ended);
        }
        if (event instanceof ItppCycleEndedEvent) {
            return new CycleCalendar(cycle, cycleYear, true);
        }
        return this;
    }
}
