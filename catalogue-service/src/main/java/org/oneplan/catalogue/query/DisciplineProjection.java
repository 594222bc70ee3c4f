package org.oneplan.catalogue.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.catalogue.DisciplineDefinedEvent;
import org.oneplan.contracts.catalogue.DisciplineEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** The disciplines, from {@code oneplan.catalogue.events}. */
@ApplicationScoped
public class DisciplineProjection extends DocumentProjection<DisciplineEntry, DisciplineDocument> {

    DisciplineProjection() {
        super(new Shape<>(
                DisciplineEvent.class,
                DisciplineEntry.class,
                DisciplineEntry::new,
                DisciplineDefinedEvent.class::isInstance,
                event -> ((DisciplineEvent) event).disciplineId(),
                DisciplineDocument::fold));
    }

    @Override
    public String name() {
        return "disciplines";
    }

    @Override
    public String topic() {
        return "oneplan.catalogue.events";
    }
}
