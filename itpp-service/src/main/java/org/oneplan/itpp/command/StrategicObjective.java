package org.oneplan.itpp.command;

import java.util.UUID;

/** Output 1: a strategic objective of mutual interest, as the ITPP currently states it. */
record StrategicObjective(UUID id, String title, String description, String intendedOutcome) {}
