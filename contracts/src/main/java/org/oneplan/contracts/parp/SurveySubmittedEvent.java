package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner delegation submitted its answers to every section of the survey. */
@DomainEvent(context = "parp")
public record SurveySubmittedEvent(UUID parpCycleId) implements ParpEvent {}
