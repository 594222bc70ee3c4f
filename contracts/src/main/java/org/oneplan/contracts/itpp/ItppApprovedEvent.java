package org.oneplan.contracts.itpp;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Silence held to the deadline and the partner agreed: outputs 1 and 2 are approved and frozen. */
@DomainEvent(context = "itpp")
public record ItppApprovedEvent(UUID itppId, Instant approvedAt) implements ItppEvent {}
