package org.oneplan.contracts.partner;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Cooperation with the partner is suspended (as with Russia and Belarus); commands naming it are refused. */
@DomainEvent(context = "partner")
public record PartnerSuspendedEvent(UUID partnerId, String reason, LocalDate suspendedOn) implements PartnerEvent {}
