package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** A Membership Action Plan country's Annual National Programme for {@code year} opened for writing. */
@DomainEvent(context = "parp")
public record AnpOpenedEvent(UUID anpId, UUID partnerId, String partnerCode, int year) implements AnpEvent {}
