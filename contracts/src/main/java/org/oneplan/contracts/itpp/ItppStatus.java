package org.oneplan.contracts.itpp;

/** Where outputs 1 and 2 stand on their way to approval. */
public enum ItppStatus {
    DRAFT,
    SUBMITTED,
    CIRCULATED,
    APPROVED
}
