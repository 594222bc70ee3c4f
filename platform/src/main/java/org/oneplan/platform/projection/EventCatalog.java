package org.oneplan.platform.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.oneplan.contracts.EventTypes;

/**
 * The contract classes of one context's events, by CloudEvents type, taken from the sealed interface
 * that lists them: a consumer turns any record of the topic back into its contract record.
 */
public final class EventCatalog {

    private final Map<String, Class<?>> byType = new HashMap<>();

    private EventCatalog(Class<?> sealedEvents) {
        if (!sealedEvents.isSealed()) {
            throw new IllegalArgumentException(sealedEvents + " must be a sealed interface of event records");
        }
        for (Class<?> event : sealedEvents.getPermittedSubclasses()) {
            byType.put(EventTypes.cloudEventType(event), event);
        }
    }

    public static EventCatalog of(Class<?> sealedEvents) {
        return new EventCatalog(sealedEvents);
    }

    /** The contract record of a published event, or empty for a type this catalog does not know. */
    public Optional<Object> decode(PublishedEvent event) {
        Class<?> type = byType.get(event.type());
        return type == null ? Optional.empty() : Optional.of(event.data(type));
    }
}
