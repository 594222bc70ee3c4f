package org.oneplan.contracts.partner;

public enum PartnerStatus {
    ACTIVE,
    SUSPENDED
}
