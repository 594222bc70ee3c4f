package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An administrator renamed a discipline or changed whether new contributions may name it. */
@DomainEvent(context = "catalogue")
public record DisciplineChangedEvent(UUID disciplineId, String name, boolean active) implements DisciplineEvent {}
