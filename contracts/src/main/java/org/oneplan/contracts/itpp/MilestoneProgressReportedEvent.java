package org.oneplan.contracts.itpp;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Progress on a milestone of an approved ITPP, with the evidence for it. */
@DomainEvent(context = "itpp")
public record MilestoneProgressReportedEvent(
        UUID itppId, UUID goalId, UUID milestoneId, MilestoneProgress progress, LocalDate reportedOn, String evidence)
        implements ItppEvent {}
