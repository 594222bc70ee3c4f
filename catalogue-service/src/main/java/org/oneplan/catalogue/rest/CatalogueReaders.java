package org.oneplan.catalogue.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.catalogue.query.CatalogueEventDocument;
import org.oneplan.catalogue.query.CatalogueQueries;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.Actor;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.projection.ReadModels;
import org.oneplan.platform.rest.ProblemException;

/**
 * Who reads which catalogue event: every caller reads the catalogue (approved events, and those cancelled
 * after approval); a submitted or declined contribution only staff, administrators, inspectors and the
 * nation that offered it. Any other caller is told it does not exist.
 */
@RequestScoped
public class CatalogueReaders {

    private final CatalogueQueries queries;
    private final EventHistory history;
    private final CurrentActor actor;
    private final OnePlanConfig config;

    CatalogueReaders(CatalogueQueries queries, EventHistory history, CurrentActor actor, OnePlanConfig config) {
        this.queries = queries;
        this.history = history;
        this.actor = actor;
        this.config = config;
    }

    /** Staff, administrators and inspectors see every contribution. */
    boolean seesEverything() {
        Actor caller = actor.get();
        return caller.is(Roles.STAFF) || caller.is(Roles.ADMIN) || caller.is(Roles.INSPECTOR);
    }

    /** The nation whose own drafts the caller reads besides the catalogue, or null. */
    String ownNation() {
        return actor.get().nation();
    }

    /** The event now; with {@code minVersion}, once the read model has reached it (bounded wait). */
    Uni<CatalogueEventDocument> current(UUID id, Long minVersion) {
        Uni<CatalogueEventDocument> read = minVersion == null
                ? queries.find(id)
                : ReadModels.awaitUntil(
                        () -> queries.find(id),
                        found -> found != null && found.version() >= minVersion,
                        config.projections().maxWait());
        return read.map(found -> visibleOrNotFound(id, found));
    }

    /** The event's history, if the caller may read the event as it stands in the event store. */
    Uni<List<HistoryEntry>> history(UUID id, Instant asOf) {
        // Whether the caller may read it is decided on the event as it stands now, not as of asOf: a
        // contribution declined since stays hidden from other nations in its past, too.
        return Uni.createFrom()
                .item(() -> history.of(id.toString(), null))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(all -> {
                    CatalogueEventDocument event = null;
                    for (HistoryEntry entry : all) {
                        event = CatalogueEventDocument.fold(event, entry.data(), entry.version());
                    }
                    visibleOrNotFound(id, event);
                    return asOf == null
                            ? all
                            : all.stream()
                                    .filter(entry -> !entry.time().isAfter(asOf))
                                    .toList();
                });
    }

    /**
     * Refuses (404) a change by a delegation that may not see the contribution, before the change is tried:
     * the refusal must not tell another nation that a contribution of that id awaits a decision.
     */
    void requireVisible(UUID id) {
        if (seesEverything()) {
            return;
        }
        CatalogueEventDocument event = null;
        for (HistoryEntry entry : history.of(id.toString(), null)) {
            event = CatalogueEventDocument.fold(event, entry.data(), entry.version());
        }
        visibleOrNotFound(id, event);
    }

    private CatalogueEventDocument visibleOrNotFound(UUID id, CatalogueEventDocument event) {
        if (event == null
                || !(event.isPublic()
                        || seesEverything()
                        || event.offeringNation().equals(ownNation()))) {
            throw ProblemException.notFound("Catalogue event " + id);
        }
        return event;
    }
}
