package org.oneplan.contracts.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The ANP assessment circulated to the Allies on the day's roster under silence until {@code silenceEnds}. */
@DomainEvent(context = "assessment")
public record AnpAssessmentCirculatedEvent(UUID assessmentId, Instant silenceEnds, List<String> allies)
        implements AnpAssessmentEvent {

    public AnpAssessmentCirculatedEvent {
        allies = List.copyOf(allies);
    }
}
