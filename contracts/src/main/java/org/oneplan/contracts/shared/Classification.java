package org.oneplan.contracts.shared;

/** NATO security markings, lowest first, so that {@link #ordinal()} orders clearance levels. */
public enum Classification {
    NATO_UNCLASSIFIED,
    NATO_RESTRICTED,
    NATO_CONFIDENTIAL,
    NATO_SECRET,
    COSMIC_TOP_SECRET;

    public boolean permits(Classification marking) {
        return marking.ordinal() <= ordinal();
    }
}
