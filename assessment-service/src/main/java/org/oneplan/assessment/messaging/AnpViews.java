package org.oneplan.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.oneplan.contracts.parp.AnpEvent;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/** Keeps the ANP view ({@link AnpView}) from {@code oneplan.parp.events}; staff open the assessment by hand. */
@ApplicationScoped
public class AnpViews implements Projection {

    private static final Logger LOG = Logger.getLogger(AnpViews.class);
    private static final EventCatalog ANP_EVENTS = EventCatalog.of(AnpEvent.class);

    @Override
    public String name() {
        return "anp-view";
    }

    @Override
    public String topic() {
        return "oneplan.parp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        Optional<Object> decoded = ANP_EVENTS.decode(event);
        if (decoded.isEmpty()) {
            return Uni.createFrom().voidItem(); // the PARP cycles' events share the topic
        }
        AnpEvent anpEvent = (AnpEvent) decoded.get();
        return AnpViewEntry.<AnpViewEntry>findById(anpEvent.anpId()).chain(entry -> {
            if (entry == null && !(anpEvent instanceof AnpOpenedEvent)) {
                LOG.warnf(
                        "%s %s names ANP %s, never seen opened: passed by", event.name(), event.id(), anpEvent.anpId());
                return Uni.createFrom().voidItem();
            }
            AnpView after = AnpView.fold(entry == null ? null : entry.view(), anpEvent);
            if (entry != null) {
                entry.write(after); // managed: written when the projection's transaction commits
                return Uni.createFrom().voidItem();
            }
            AnpViewEntry created = new AnpViewEntry();
            created.write(after);
            return created.persist().replaceWithVoid();
        });
    }

    @Override
    public Uni<Void> clear() {
        return AnpViewEntry.deleteAll().replaceWithVoid();
    }
}
