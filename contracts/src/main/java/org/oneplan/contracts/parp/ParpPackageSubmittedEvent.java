package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Every goal agreed one by one, staff put the whole package to the partner for its agreement. */
@DomainEvent(context = "parp")
public record ParpPackageSubmittedEvent(UUID parpCycleId) implements ParpEvent {}
