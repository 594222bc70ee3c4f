package org.oneplan.contracts.parp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The package went to the Allies under the silence procedure: approved at {@code silenceEnds} unless an
 * Ally on {@code allies} (the roster on the day of circulation) breaks silence before.
 */
@DomainEvent(context = "parp")
public record ParpPackageCirculatedEvent(UUID parpCycleId, Instant silenceEnds, List<String> allies)
        implements ParpEvent {

    public ParpPackageCirculatedEvent {
        allies = List.copyOf(allies);
    }
}
