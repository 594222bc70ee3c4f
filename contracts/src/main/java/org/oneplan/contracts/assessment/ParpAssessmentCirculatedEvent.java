package org.oneplan.contracts.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The PARP assessment circulated to the Allies on the day's roster under silence until {@code silenceEnds}. */
@DomainEvent(context = "assessment")
public record ParpAssessmentCirculatedEvent(UUID assessmentId, Instant silenceEnds, List<String> allies)
        implements ParpAssessmentEvent {

    public ParpAssessmentCirculatedEvent {
        allies = List.copyOf(allies);
    }
}
