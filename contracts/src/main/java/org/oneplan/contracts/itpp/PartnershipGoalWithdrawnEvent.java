package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

@DomainEvent(context = "itpp")
public record PartnershipGoalWithdrawnEvent(UUID itppId, UUID goalId) implements ItppEvent {}
