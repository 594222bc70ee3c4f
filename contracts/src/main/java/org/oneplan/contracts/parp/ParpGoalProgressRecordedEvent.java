package org.oneplan.contracts.parp;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff recorded an approved goal's implementation status on {@code recordedOn}, with the evidence for it. */
@DomainEvent(context = "parp")
public record ParpGoalProgressRecordedEvent(
        UUID parpCycleId, UUID goalId, ImplementationStatus status, String evidence, LocalDate recordedOn)
        implements ParpEvent {}
