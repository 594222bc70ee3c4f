package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The four years of the cycle are over. */
@DomainEvent(context = "itpp")
public record ItppCycleEndedEvent(UUID itppId, int lastCalendarYear) implements ItppEvent {}
