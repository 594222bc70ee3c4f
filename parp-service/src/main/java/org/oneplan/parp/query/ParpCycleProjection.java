package org.oneplan.parp.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/** PARP cycles as staff, Allies and partners read them, from {@code oneplan.parp.events}. */
@ApplicationScoped
public class ParpCycleProjection implements Projection {

    private static final EventCatalog EVENTS = EventCatalog.of(ParpEvent.class);

    @Override
    public String name() {
        return "parp-cycles";
    }

    @Override
    public String topic() {
        return "oneplan.parp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        return EVENTS.decode(event)
                .map(payload -> apply(event, (ParpEvent) payload))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private Uni<Void> apply(PublishedEvent event, ParpEvent payload) {
        if (payload instanceof ParpCycleOpenedEvent) {
            ParpCycleEntry entry = new ParpCycleEntry();
            entry.write(ParpCycleDocument.fold(null, payload, event.sequence()), event.time());
            return entry.persist().replaceWithVoid();
        }
        return ParpCycleEntry.<ParpCycleEntry>findById(payload.parpCycleId())
                .invoke(entry -> {
                    if (entry == null) {
                        throw new IllegalStateException("event " + event.id() + " names PARP cycle "
                                + payload.parpCycleId() + " that was not opened here");
                    }
                    entry.write(ParpCycleDocument.fold(entry.document(), payload, event.sequence()), event.time());
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> clear() {
        return ParpCycleEntry.deleteAll().replaceWithVoid();
    }
}
