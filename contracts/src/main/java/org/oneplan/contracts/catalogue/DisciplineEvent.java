package org.oneplan.contracts.catalogue;

import java.util.UUID;

/** What happens to a discipline (an area of cooperation), keyed by its id. */
public sealed interface DisciplineEvent extends CatalogueEvent permits DisciplineDefinedEvent, DisciplineChangedEvent {

    UUID disciplineId();
}
