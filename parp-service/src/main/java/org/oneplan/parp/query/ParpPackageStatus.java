package org.oneplan.parp.query;

/** Where a cycle's package of goals stands on its way to approval. */
public enum ParpPackageStatus {
    /** Staff draft goals and the partner answers them, goal by goal. */
    NEGOTIATING,
    /** Every goal agreed; the whole package awaits the partner's agreement. */
    SUBMITTED,
    /** Under the silence procedure with the Allies. */
    CIRCULATED,
    APPROVED
}
