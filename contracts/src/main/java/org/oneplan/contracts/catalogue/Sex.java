package org.oneplan.contracts.catalogue;

/** A participant's sex as registered, for participation statistics by sex. */
public enum Sex {
    FEMALE,
    MALE
}
