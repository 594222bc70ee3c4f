package org.oneplan.itpp.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.itpp.query.ItppDocument;
import org.oneplan.itpp.query.ItppQueries;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.projection.ReadModels;
import org.oneplan.platform.rest.ProblemException;

/**
 * Reads one ITPP for the current caller: now (from the read model), or as it stood at an instant or
 * version (folded from the event store). A partner delegation reads only its own nation's ITPPs; any
 * other is "not found".
 */
@RequestScoped
public class ItppReader {

    private final ItppQueries queries;
    private final EventHistory history;
    private final AccessPolicy access;
    private final OnePlanConfig config;

    ItppReader(ItppQueries queries, EventHistory history, AccessPolicy access, OnePlanConfig config) {
        this.queries = queries;
        this.history = history;
        this.access = access;
        this.config = config;
    }

    /** The document now; with {@code minVersion}, once the read model has reached it (bounded wait). */
    public Uni<ItppDocument> current(UUID id, Long minVersion) {
        Uni<ItppDocument> read = minVersion == null
                ? queries.find(id)
                : ReadModels.awaitUntil(
                        () -> queries.find(id),
                        itpp -> itpp != null && itpp.version() >= minVersion,
                        config.projections().maxWait());
        return read.map(itpp -> visibleOrNotFound(id, itpp));
    }

    /** The document as it stood at {@code asOf} and/or {@code atVersion}, rebuilt from its events. */
    public Uni<ItppDocument> asOf(UUID id, Instant asOf, Long atVersion) {
        return events(id, asOf).map(entries -> {
            if (atVersion != null && entries.get(entries.size() - 1).version() < atVersion) {
                // A version that does not exist (yet) is not the current one: answering with the current
                // document would tell the client something it did not ask for.
                throw ProblemException.notFound("ITPP " + id + " at version " + atVersion);
            }
            ItppDocument document = null;
            for (HistoryEntry entry : entries) {
                if (atVersion != null && entry.version() > atVersion) {
                    break;
                }
                document = ItppDocument.fold(document, entry.data(), entry.version());
            }
            return visibleOrNotFound(id, document);
        });
    }

    /** The events of a visible ITPP, oldest first. */
    public Uni<List<HistoryEntry>> events(UUID id, Instant asOf) {
        Uni<List<HistoryEntry>> all = Uni.createFrom()
                .item(() -> history.of(id.toString(), asOf))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return all.map(entries -> {
            if (entries.isEmpty()) {
                throw ProblemException.notFound("ITPP " + id);
            }
            ItppDocument drafted = ItppDocument.fold(null, entries.get(0).data(), 0);
            visibleOrNotFound(id, drafted);
            return entries;
        });
    }

    /**
     * Refuses (404) a write by a caller who may not see the ITPP, before the write is tried: its answer must not
     * tell another partner's delegation whether the ITPP exists or what state it is in.
     */
    public void requireVisible(UUID id) {
        List<HistoryEntry> entries = history.of(id.toString(), null);
        visibleOrNotFound(
                id,
                entries.isEmpty()
                        ? null
                        : ItppDocument.fold(null, entries.get(0).data(), 0));
    }

    private ItppDocument visibleOrNotFound(UUID id, ItppDocument itpp) {
        return access.visibleOrNotFound(itpp, ItppDocument::partnerCode, "ITPP " + id);
    }
}
