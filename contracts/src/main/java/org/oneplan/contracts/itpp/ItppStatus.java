package org.oneplan.contracts.itpp;

/** Where outputs 1 and 2 stand on their way to approval. */
public enum ItppStatus {
    DRAFT,
    /** An amendment of the approved text is being drafted; the approved text stays in force. */
    AMENDING,
    SUBMITTED,
    CIRCULATED,
    APPROVED
}
