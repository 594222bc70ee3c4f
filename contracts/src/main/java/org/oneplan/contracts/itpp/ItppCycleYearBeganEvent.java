package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A year of an approved ITPP's cycle began (2, 3 or 4): year 2 opens the mid-term assessment, year 3 the
 * second PARP cycle, year 4 the end-of-cycle assessment.
 */
@DomainEvent(context = "itpp")
public record ItppCycleYearBeganEvent(UUID itppId, int cycleYear, int calendarYear) implements ItppEvent {}
