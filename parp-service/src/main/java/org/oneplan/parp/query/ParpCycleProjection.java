package org.oneplan.parp.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** PARP cycles as staff, Allies and partners read them, from {@code oneplan.parp.events}. */
@ApplicationScoped
public class ParpCycleProjection extends DocumentProjection<ParpCycleEntry, ParpCycleDocument> {

    ParpCycleProjection() {
        super(new Shape<>(
                ParpEvent.class,
                ParpCycleEntry.class,
                ParpCycleEntry::new,
                ParpCycleOpenedEvent.class::isInstance,
                event -> ((ParpEvent) event).parpCycleId(),
                ParpCycleDocument::fold));
    }

    @Override
    public String name() {
        return "parp-cycles";
    }

    @Override
    public String topic() {
        return "oneplan.parp.events";
    }
}
