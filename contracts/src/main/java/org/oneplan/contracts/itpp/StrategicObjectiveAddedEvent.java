package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Output 1: a strategic objective of mutual interest, outcome-oriented. */
@DomainEvent(context = "itpp")
public record StrategicObjectiveAddedEvent(
        UUID itppId, UUID objectiveId, String title, String description, String intendedOutcome) implements ItppEvent {}
