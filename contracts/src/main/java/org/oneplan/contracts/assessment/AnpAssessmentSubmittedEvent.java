package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Every chapter assessed: the ANP assessment goes to the Allies, and the partner sees it from now on. */
@DomainEvent(context = "assessment")
public record AnpAssessmentSubmittedEvent(UUID assessmentId) implements AnpAssessmentEvent {}
