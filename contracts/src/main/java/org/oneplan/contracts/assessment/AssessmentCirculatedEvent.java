package org.oneplan.contracts.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Circulated to the Allies on the day's roster under silence until {@code silenceEnds}. */
@DomainEvent(context = "assessment")
public record AssessmentCirculatedEvent(UUID assessmentId, Instant silenceEnds, List<String> allies)
        implements AssessmentEvent {

    public AssessmentCirculatedEvent {
        allies = List.copyOf(allies);
    }
}
