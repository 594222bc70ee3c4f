package org.oneplan.contracts.catalogue;

/** The partnership frameworks an event's eligible audience is stated in. */
public enum Framework {
    NATO,
    EAPC_PFP,
    MD,
    ICI,
    PARTNERS_ACROSS_THE_GLOBE,
    OTHERS_AS_APPROVED
}
