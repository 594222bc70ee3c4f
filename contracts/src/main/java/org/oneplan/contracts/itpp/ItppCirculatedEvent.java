package org.oneplan.contracts.itpp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The text went to the Allies under the silence procedure: it is approved at {@code silenceEnds} unless
 * an Ally on {@code allies} (the roster on the day of circulation) breaks silence before.
 */
@DomainEvent(context = "itpp")
public record ItppCirculatedEvent(UUID itppId, Instant silenceEnds, List<String> allies) implements ItppEvent {

    public ItppCirculatedEvent {
        allies = List.copyOf(allies);
    }
}
