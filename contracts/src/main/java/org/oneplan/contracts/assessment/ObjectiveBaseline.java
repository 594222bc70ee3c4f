package org.oneplan.contracts.assessment;

import java.util.UUID;

/** What an end-of-cycle assessment rates besides the goals: one strategic objective of the ITPP (output 1). */
public record ObjectiveBaseline(UUID objectiveId, String title) {}
