package org.oneplan.contracts.itpp;

public enum MilestoneProgress {
    ACHIEVED,
    DELAYED,
    AT_RISK
}
