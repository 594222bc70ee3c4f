package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A new ITPP for one partner and one four-year cycle ({@code cycleStartYear} to {@code cycleStartYear + 3}).
 *
 * @param partnerCode the partner's code, so that consumers can check releasability without a look-up
 */
@DomainEvent(context = "itpp")
public record ItppDraftedEvent(UUID itppId, UUID partnerId, String partnerCode, int cycleStartYear)
        implements ItppEvent {}
