package org.oneplan.contracts.assessment.occ;

/** One criterion of an evaluation (e.g. a STANAG or capability statement reference) and how the unit met it. */
public record CriterionRating(String criterion, InteroperabilityRating rating) {}
