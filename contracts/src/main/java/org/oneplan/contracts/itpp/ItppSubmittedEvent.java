package org.oneplan.contracts.itpp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff submitted outputs 1 and 2 as one document for the partner's agreement and the Allies' approval. */
@DomainEvent(context = "itpp")
public record ItppSubmittedEvent(UUID itppId) implements ItppEvent {}
