package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Silence held, but the partner had not agreed by the deadline: the text is a draft again. */
@DomainEvent(context = "itpp")
public record SilenceProcedureLapsedEvent(UUID itppId, String reason) implements ItppEvent {}
