package org.oneplan.contracts.assessment.occ;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** NATO's feedback on an evaluation of the unit: what to improve, read against the goals the unit serves. */
@DomainEvent(context = "assessment")
public record OccFeedbackRecordedEvent(UUID unitId, OccLevel level, String feedback) implements OccUnitEvent {}
