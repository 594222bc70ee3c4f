package org.oneplan.itpp.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/** ITPP documents as staff, Allies and partners read them, from {@code oneplan.itpp.events}. */
@ApplicationScoped
public class ItppDocumentProjection implements Projection {

    private static final EventCatalog EVENTS = EventCatalog.of(ItppEvent.class);

    @Override
    public String name() {
        return "itpp-documents";
    }

    @Override
    public String topic() {
        return "oneplan.itpp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        return EVENTS.decode(event)
                .map(payload -> apply(event, (ItppEvent) payload))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private Uni<Void> apply(PublishedEvent event, ItppEvent payload) {
        if (payload instanceof ItppDraftedEvent) {
            ItppEntry entry = new ItppEntry();
            entry.write(ItppDocument.fold(null, payload, event.sequence()), event.time());
            return entry.persist().replaceWithVoid();
        }
        return ItppEntry.<ItppEntry>findById(payload.itppId())
                .invoke(entry -> {
                    if (entry == null) {
                        throw new IllegalStateException("event " + event.id() + " names ITPP " + payload.itppId()
                                + " that was not drafted here");
                    }
                    entry.write(ItppDocument.fold(entry.document(), payload, event.sequence()), event.time());
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> clear() {
        return ItppEntry.deleteAll().replaceWithVoid();
    }
}
