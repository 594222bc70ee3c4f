package org.oneplan.platform.projection;

import io.smallrye.mutiny.Uni;

/**
 * A read model fed from a Kafka topic. The platform's {@link ProjectionRunner} consumes the topic, skips
 * what the projection already applied (per subject, by sequence), and calls {@link #apply} inside a
 * Hibernate Reactive transaction on the Vert.x context, so projections can use Panache directly.
 */
public interface Projection {

    /** A stable name, used for its consumer group, its checkpoints and the rebuild endpoint. */
    String name();

    String topic();

    /** Applies one event that this projection has not applied before. */
    Uni<Void> apply(PublishedEvent event);

    /** Deletes everything the projection wrote, before a rebuild from offset 0. */
    Uni<Void> clear();
}
