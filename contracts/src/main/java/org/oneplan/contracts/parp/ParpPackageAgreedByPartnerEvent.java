package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner delegation agreed the whole package, which may now go to the Allies. */
@DomainEvent(context = "parp")
public record ParpPackageAgreedByPartnerEvent(UUID parpCycleId, String partnerCode) implements ParpEvent {}
