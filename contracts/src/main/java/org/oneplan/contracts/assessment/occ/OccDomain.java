package org.oneplan.contracts.assessment.occ;

/** The domain of a unit a partner declares to the OCC Evaluation and Feedback programme. */
public enum OccDomain {
    LAND,
    MARITIME,
    AIR,
    SPECIAL_OPERATIONS
}
