package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A partner's two-year PARP cycle opened, covering {@code startYear} and the year after. {@code itppId}
 * names the ITPP whose cycle it sits in (its approval or its year 3 opened it), or is null when staff
 * opened the cycle by hand without naming one.
 */
@DomainEvent(context = "parp")
public record ParpCycleOpenedEvent(UUID parpCycleId, UUID partnerId, String partnerCode, int startYear, UUID itppId)
        implements ParpEvent {}
