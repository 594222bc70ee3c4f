package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An Ally objected before the deadline: the procedure failed and the text is a draft again. */
@DomainEvent(context = "itpp")
public record SilenceBrokenEvent(UUID itppId, String allyNation, String reason) implements ItppEvent {}
