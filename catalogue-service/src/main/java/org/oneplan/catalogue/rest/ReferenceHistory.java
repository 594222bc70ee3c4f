package org.oneplan.catalogue.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.rest.ProblemException;

/** The history of a record every caller may read: a discipline, an institution, a year's catalogue. */
@ApplicationScoped
public class ReferenceHistory {

    private final EventHistory history;

    ReferenceHistory(EventHistory history) {
        this.history = history;
    }

    Uni<List<HistoryEntry>> of(String noun, UUID id) {
        return Uni.createFrom()
                .item(() -> history.of(id.toString(), null))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(entries -> {
                    if (entries.isEmpty()) {
                        throw ProblemException.notFound(noun + " " + id);
                    }
                    return entries;
                });
    }
}
