package org.oneplan.contracts.catalogue;

import java.time.LocalDate;
import java.util.UUID;

/** One run of an event, from its first to its last day. */
public record Iteration(UUID iterationId, LocalDate start, LocalDate end) {}
