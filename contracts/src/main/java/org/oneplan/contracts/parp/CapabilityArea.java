package org.oneplan.contracts.parp;

/** The area of capability a PARP partnership goal develops. */
public enum CapabilityArea {
    LAND,
    MARITIME,
    AIR,
    SPECIAL_OPERATIONS,
    CYBER,
    LOGISTICS,
    MEDICAL,
    CIVIL_PREPAREDNESS,
    DEFENCE_INSTITUTION_BUILDING,
    COMMAND_AND_CONTROL,
    INTELLIGENCE,
    TRAINING_AND_EDUCATION,
    OTHER
}
