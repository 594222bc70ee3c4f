package org.oneplan.platform.axon;

import org.axonframework.serialization.RevisionResolver;
import org.oneplan.contracts.EventTypes;

/** The stored payload revision of an event is the version of its published shape ({@code @DomainEvent}). */
final class DomainEventRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        return EventTypes.isDomainEvent(payloadType) ? Integer.toString(EventTypes.version(payloadType)) : null;
    }
}
