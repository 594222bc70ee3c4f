package org.oneplan.contracts.partner;

/** Programmes the ITPP replaced. */
public enum PredecessorProgramme {
    /** Individual Partnership and Cooperation Programme. */
    IPCP,
    /** Individual Partnership Action Plan. */
    IPAP
}
