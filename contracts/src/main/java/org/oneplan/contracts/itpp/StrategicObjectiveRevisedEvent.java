package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

@DomainEvent(context = "itpp")
public record StrategicObjectiveRevisedEvent(
        UUID itppId, UUID objectiveId, String title, String description, String intendedOutcome) implements ItppEvent {}
