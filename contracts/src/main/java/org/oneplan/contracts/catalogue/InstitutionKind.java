package org.oneplan.contracts.catalogue;

/** Who offers an event: a NATO body, a national school, or a Partnership Training and Education Centre. */
public enum InstitutionKind {
    NATO_BODY,
    NATIONAL_SCHOOL,
    PTEC
}
