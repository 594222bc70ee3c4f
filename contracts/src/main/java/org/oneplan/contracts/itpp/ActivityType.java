package org.oneplan.contracts.itpp;

/** The tools an output-3 activity can draw on. */
public enum ActivityType {
    PCM_EVENT,
    DCB,
    BI,
    PDP,
    DEEP,
    MTEP_EXERCISE,
    OCC_EVALUATION,
    SPS_PROJECT,
    TRUST_FUND_PROJECT,
    OTHER
}
