package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** An administrator defined a discipline: its code never changes, its name and activity may. */
@DomainEvent(context = "catalogue")
public record DisciplineDefinedEvent(UUID disciplineId, String code, String name, boolean active)
        implements DisciplineEvent {}
