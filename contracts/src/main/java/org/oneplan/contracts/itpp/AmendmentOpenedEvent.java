package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * After the mid-term, staff opened amendment number {@code amendment} of the approved text; it takes the
 * same path to approval as the original, and the approved text stays in force until then.
 */
@DomainEvent(context = "itpp")
public record AmendmentOpenedEvent(UUID itppId, int amendment, String reason) implements ItppEvent {}
