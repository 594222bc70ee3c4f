package org.oneplan.platform.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A read model of one document per aggregate, kept whole in one row: the aggregate's first event creates
 * the row, every later event folds into it with the same pure fold that rebuilds the document as of the
 * past. Events of other types on the topic are skipped.
 *
 * @param <E> the row's entity
 * @param <D> the document
 */
public abstract class DocumentProjection<E extends DocumentEntry<D>, D> implements Projection {

    /** The read model's fold: the document after one more event at a version (null before the first). */
    @FunctionalInterface
    public interface Fold<D> {
        D apply(D document, Object event, long version);
    }

    /** How one kind of document is kept. */
    public record Shape<E, D>(
            Class<?> sealedEvents,
            Class<E> entryType,
            Supplier<E> newEntry,
            Predicate<Object> opens,
            Function<Object, UUID> documentId,
            Fold<D> fold) {}

    private final Shape<E, D> shape;
    private final EventCatalog events;

    protected DocumentProjection(Shape<E, D> shape) {
        this.shape = shape;
        this.events = EventCatalog.of(shape.sealedEvents());
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        return events.decode(event)
                .map(payload -> apply(event, payload))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private Uni<Void> apply(PublishedEvent event, Object payload) {
        if (shape.opens().test(payload)) {
            E entry = shape.newEntry().get();
            entry.write(shape.fold().apply(null, payload, event.sequence()), event.time());
            return Panache.getSession().chain(session -> session.persist(entry));
        }
        UUID id = shape.documentId().apply(payload);
        return Panache.getSession()
                .chain(session -> session.find(shape.entryType(), id))
                .invoke(entry -> {
                    if (entry == null) {
                        throw new IllegalStateException(
                                "event " + event.id() + " names " + id + ", which has no first event here");
                    }
                    entry.write(shape.fold().apply(entry.document(), payload, event.sequence()), event.time());
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> clear() {
        return Panache.getSession()
                .chain(session -> session.createMutationQuery("delete from " + entityName())
                        .executeUpdate())
                .replaceWithVoid();
    }

    private String entityName() {
        Entity entity = shape.entryType().getAnnotation(Entity.class);
        return entity != null && !entity.name().isEmpty()
                ? entity.name()
                : shape.entryType().getSimpleName();
    }
}
