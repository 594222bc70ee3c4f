package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

@DomainEvent(context = "itpp")
public record ActivityStatusChangedEvent(UUID itppId, UUID activityId, ActivityStatus status) implements ItppEvent {}
