package org.oneplan.platform.axon;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.RevisionResolver;
import org.oneplan.contracts.EventTypes;

/**
 * The stored payload revision of an event is the version of its published shape ({@code @DomainEvent}); a
 * snapshot's is its aggregate's {@code @Revision}, so that Axon skips snapshots of an older shape.
 */
final class DomainEventRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        if (EventTypes.isDomainEvent(payloadType)) {
            return Integer.toString(EventTypes.version(payloadType));
        }
        Revision revision = payloadType.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }
}
