package org.oneplan.contracts.parp;

/** How far the partner has implemented an approved PARP partnership goal. */
public enum ImplementationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    PARTIALLY_IMPLEMENTED,
    IMPLEMENTED,
    NOT_IMPLEMENTED
}
