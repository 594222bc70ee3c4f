package org.oneplan.contracts.parp;

/** The five chapters of an Annual National Programme. */
public enum AnpChapter {
    POLITICAL_AND_ECONOMIC,
    DEFENCE_AND_MILITARY,
    RESOURCES,
    SECURITY,
    LEGAL
}
