package org.oneplan.contracts.catalogue;

/** How much of an iteration an accepted nominee attended. */
public enum Attendance {
    ATTENDED,
    PARTIAL,
    NO_SHOW
}
