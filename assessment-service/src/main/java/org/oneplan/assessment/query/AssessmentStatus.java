package org.oneplan.assessment.query;

/** Where an assessment stands on its way to approval. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    CIRCULATED,
    APPROVED
}
