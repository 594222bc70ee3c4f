package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner delegation saved its answer to one survey section (a draft until the survey is submitted). */
@DomainEvent(context = "parp")
public record SurveyAnswerSavedEvent(UUID parpCycleId, SurveySection section, String answer) implements ParpEvent {}
