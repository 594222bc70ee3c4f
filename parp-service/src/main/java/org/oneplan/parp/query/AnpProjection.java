package org.oneplan.parp.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.parp.AnpEvent;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** Annual National Programmes as read, from {@code oneplan.parp.events}. */
@ApplicationScoped
public class AnpProjection extends DocumentProjection<AnpEntry, AnpDocument> {

    AnpProjection() {
        super(new Shape<>(
                AnpEvent.class,
                AnpEntry.class,
                AnpEntry::new,
                AnpOpenedEvent.class::isInstance,
                event -> ((AnpEvent) event).anpId(),
                AnpDocument::fold));
    }

    @Override
    public String name() {
        return "anps";
    }

    @Override
    public String topic() {
        return "oneplan.parp.events";
    }
}
