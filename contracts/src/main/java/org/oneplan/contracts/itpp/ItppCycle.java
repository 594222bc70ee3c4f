package org.oneplan.contracts.itpp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

/**
 * The four calendar years an ITPP covers, from {@code startYear}; its years are numbered 1 to 4 (year 2
 * is the mid-term, year 4 the end-of-cycle assessment). Cycle years begin on 1 January, UTC.
 */
public record ItppCycle(int startYear) {

    public static final int YEARS = 4;

    public int lastYear() {
        return startYear + YEARS - 1;
    }

    /** The calendar years of the cycle, first to last. */
    public IntStream calendarYears() {
        return IntStream.rangeClosed(startYear, lastYear());
    }

    public boolean contains(int calendarYear) {
        return calendarYear >= startYear && calendarYear <= lastYear();
    }

    public boolean contains(LocalDate date) {
        return contains(date.getYear());
    }

    /** Which year of the cycle (1 to 4) {@code date} falls in. */
    public int cycleYearOf(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " lies outside the cycle " + this);
        }
        return date.getYear() - startYear + 1;
    }

    /** The calendar year of cycle year {@code cycleYear} (1 to 4). */
    public int calendarYear(int cycleYear) {
        return startYear + cycleYear - 1;
    }

    /** When cycle year {@code cycleYear} begins; year {@code YEARS + 1} is the end of the cycle. */
    public Instant beginningOf(int cycleYear) {
        return LocalDate.of(calendarYear(cycleYear), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public Instant end() {
        return beginningOf(YEARS + 1);
    }

    /** The cycle that follows this one. */
    public ItppCycle next() {
        return new ItppCycle(startYear + YEARS);
    }

    @Override
    public String toString() {
        return startYear + "-" + lastYear();
    }
}
