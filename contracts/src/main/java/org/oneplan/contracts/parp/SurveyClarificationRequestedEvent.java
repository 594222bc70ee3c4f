package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff asked the partner to clarify a submitted answer: the section is open for answering again. */
@DomainEvent(context = "parp")
public record SurveyClarificationRequestedEvent(UUID parpCycleId, SurveySection section, String question)
        implements ParpEvent {}
