package org.oneplan.contracts.itpp;

import java.time.LocalDate;
import java.util.UUID;

/** A step towards a partnership goal's outcome, due inside the ITPP cycle. */
public record Milestone(UUID milestoneId, String description, LocalDate dueDate) {}
