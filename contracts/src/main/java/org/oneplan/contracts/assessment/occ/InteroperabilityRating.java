package org.oneplan.contracts.assessment.occ;

/** How a unit meets one evaluation criterion (a NATO standard or capability statement). */
public enum InteroperabilityRating {
    INTEROPERABLE,
    PARTIALLY_INTEROPERABLE,
    NOT_INTEROPERABLE,
    NOT_EVALUATED
}
