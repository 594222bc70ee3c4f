package org.oneplan.itpp.query;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads of the PARP goals known to itpp-service. */
@ApplicationScoped
public class ParpGoalQueries {

    /** The approved PARP goals of the cycles that name {@code itppId}. */
    @WithSession
    public Uni<List<ParpGoal>> ofItpp(UUID itppId) {
        return ParpGoalEntry.<ParpGoalEntry>list("itppId", itppId)
                .map(entries -> entries.stream().map(ParpGoalEntry::goal).toList());
    }
}
