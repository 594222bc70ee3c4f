package org.oneplan.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/**
 * Keeps the PARP cycle view ({@link ParpCycleView}) from {@code oneplan.parp.events}. Nothing opens by itself:
 * staff open a PARP assessment when the review is due, so this consumer only folds.
 */
@ApplicationScoped
public class ParpCycleViews implements Projection {

    private static final Logger LOG = Logger.getLogger(ParpCycleViews.class);
    private static final EventCatalog PARP_EVENTS = EventCatalog.of(ParpEvent.class);

    @Override
    public String name() {
        return "parp-cycle-view";
    }

    @Override
    public String topic() {
        return "oneplan.parp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        Optional<Object> decoded = PARP_EVENTS.decode(event);
        if (decoded.isEmpty()) {
            return Uni.createFrom().voidItem(); // ANP events share the topic
        }
        ParpEvent parpEvent = (ParpEvent) decoded.get();
        return ParpCycleViewEntry.<ParpCycleViewEntry>findById(parpEvent.parpCycleId())
                .chain(entry -> {
                    if (entry == null && !(parpEvent instanceof ParpCycleOpenedEvent)) {
                        LOG.warnf(
                                "%s %s names PARP cycle %s, never seen opened: passed by",
                                event.name(), event.id(), parpEvent.parpCycleId());
                        return Uni.createFrom().voidItem();
                    }
                    ParpCycleView after = ParpCycleView.fold(entry == null ? null : entry.view(), parpEvent);
                    if (entry != null) {
                        entry.write(after); // managed: written when the projection's transaction commits
                        return Uni.createFrom().voidItem();
                    }
                    ParpCycleViewEntry created = new ParpCycleViewEntry();
                    created.write(after);
                    return created.persist().replaceWithVoid();
                });
    }

    @Override
    public Uni<Void> clear() {
        return ParpCycleViewEntry.deleteAll().replaceWithVoid();
    }
}
