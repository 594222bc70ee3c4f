package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner submitted its ANP, all five chapters written: the baseline of the year's annual assessment. */
@DomainEvent(context = "parp")
public record AnpSubmittedEvent(UUID anpId) implements AnpEvent {}
