package org.oneplan.contracts.partner;

/** The regional partnership frameworks a partner can belong to. */
public enum Framework {
    /** Euro-Atlantic Partnership Council / Partnership for Peace. */
    EAPC_PFP,
    MEDITERRANEAN_DIALOGUE,
    ISTANBUL_COOPERATION_INITIATIVE,
    PARTNERS_ACROSS_THE_GLOBE
}
