package org.oneplan.contracts.parp;

/** How urgent a PARP partnership goal is for the partner's interoperability with the Allies. */
public enum GoalPriority {
    HIGH,
    MEDIUM,
    LOW
}
