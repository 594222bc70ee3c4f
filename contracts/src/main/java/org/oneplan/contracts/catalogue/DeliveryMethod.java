package org.oneplan.contracts.catalogue;

/** How an event is delivered. */
public enum DeliveryMethod {
    RESIDENT,
    MOBILE_TRAINING_TEAM,
    ONLINE_ADL,
    BLENDED
}
