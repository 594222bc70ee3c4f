package org.oneplan.contracts.itpp;

public enum ActivityStatus {
    PLANNED,
    UNDER_WAY,
    DONE,
    CANCELLED
}
