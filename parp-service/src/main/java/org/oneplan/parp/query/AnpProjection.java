package org.oneplan.parp.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.parp.AnpEvent;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/** Annual National Programmes as read, from {@code oneplan.parp.events}. */
@ApplicationScoped
public class AnpProjection implements Projection {

    private static final EventCatalog EVENTS = EventCatalog.of(AnpEvent.class);

    @Override
    public String name() {
        return "anps";
    }

    @Override
    public String topic() {
        return "oneplan.parp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        return EVENTS.decode(event)
                .map(payload -> apply(event, (AnpEvent) payload))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private Uni<Void> apply(PublishedEvent event, AnpEvent payload) {
        if (payload instanceof AnpOpenedEvent) {
            AnpEntry entry = new AnpEntry();
            entry.write(AnpDocument.fold(null, payload, event.sequence()), event.time());
            return entry.persist().replaceWithVoid();
        }
        return AnpEntry.<AnpEntry>findById(payload.anpId())
                .invoke(entry -> {
                    if (entry == null) {
                        throw new IllegalStateException(
                                "event " + event.id() + " names ANP " + payload.anpId() + " that was not opened here");
                    }
                    entry.write(AnpDocument.fold(entry.document(), payload, event.sequence()), event.time());
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> clear() {
        return AnpEntry.deleteAll().replaceWithVoid();
    }
}
