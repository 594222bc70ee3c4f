package org.oneplan.platform.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Per subject, the last sequence a projection applied. Claiming a sequence and applying the event happen
 * in one transaction, so an event delivered twice is applied once.
 */
final class Checkpoints {

    private Checkpoints() {}

    /** True when the event is new for the projection (and records it as applied). */
    static Uni<Boolean> claim(String projection, PublishedEvent event) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO projection_checkpoint (projection, subject, last_sequence) "
                                        + "VALUES (:projection, :subject, :sequence) "
                                        + "ON CONFLICT (projection, subject) DO UPDATE SET last_sequence = :sequence "
                                        + "WHERE projection_checkpoint.last_sequence < :sequence")
                        .setParameter("projection", projection)
                        .setParameter("subject", event.subject())
                        .setParameter("sequence", event.sequence())
                        .executeUpdate())
                .map(updated -> updated > 0);
    }

    static Uni<Void> clear(String projection) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "DELETE FROM projection_checkpoint WHERE projection = :projection")
                        .setParameter("projection", projection)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
