package org.oneplan.contracts.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The agreed assessment was discussed with the partner at the North Atlantic Council on {@code discussedOn}. */
@DomainEvent(context = "assessment")
public record AnpAssessmentDiscussedAtNacEvent(UUID assessmentId, LocalDate discussedOn, String summary)
        implements AnpAssessmentEvent {}
