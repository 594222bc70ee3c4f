package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

@DomainEvent(context = "itpp")
public record StrategicObjectiveWithdrawnEvent(UUID itppId, UUID objectiveId) implements ItppEvent {}
