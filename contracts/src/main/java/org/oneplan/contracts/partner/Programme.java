package org.oneplan.contracts.partner;

/** Partnership programmes and tools a partner can take part in (beyond its ITPP). */
public enum Programme {
    /** Planning and Review Process: automatic for PfP partners, others only on a North Atlantic Council decision. */
    PARP,
    /** Operational Capabilities Concept Evaluation and Feedback. */
    OCC,
    /** Defence and Related Security Capacity Building. */
    DCB,
    /** Building Integrity. */
    BI,
    /** Professional Development Programme. */
    PDP,
    /** Defence Education Enhancement Programme. */
    DEEP,
    /** Annual National Programme: only for Membership Action Plan countries. */
    ANP
}
