package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.catalogue.AnnualCatalogueEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/**
 * The years' catalogues, from {@code oneplan.catalogue.events}. Not a {@code DocumentProjection}: the same
 * event (a submission) opens the row the first time and folds into it after an objection.
 */
@ApplicationScoped
public class AnnualCatalogueProjection implements Projection {

    private final EventCatalog events = EventCatalog.of(AnnualCatalogueEvent.class);

    @Override
    public String name() {
        return "annual-catalogues";
    }

    @Override
    public String topic() {
        return "oneplan.catalogue.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        return events.decode(event)
                .map(payload -> apply(event, (AnnualCatalogueEvent) payload))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private Uni<Void> apply(PublishedEvent event, AnnualCatalogueEvent payload) {
        return Panache.getSession()
                .chain(session -> session.find(AnnualCatalogueEntry.class, payload.catalogueId())
                        .chain(found -> {
                            AnnualCatalogueEntry entry = found == null ? new AnnualCatalogueEntry() : found;
                            entry.write(
                                    AnnualCatalogueDocument.fold(
                                            found == null ? null : found.document(), payload, event.sequence()),
                                    event.time());
                            return found == null
                                    ? session.persist(entry)
                                    : Uni.createFrom().voidItem();
                        }));
    }

    @Override
    public Uni<Void> clear() {
        return Panache.getSession()
                .chain(session -> session.createMutationQuery("delete from AnnualCatalogueEntry")
                        .executeUpdate())
                .replaceWithVoid();
    }
}
