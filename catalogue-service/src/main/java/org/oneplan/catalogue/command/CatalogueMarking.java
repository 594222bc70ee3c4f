package org.oneplan.catalogue.command;

import org.oneplan.platform.axon.RecordMarking;

/** The Partnership Cooperation Menu is an unclassified catalogue that partners everywhere read. */
final class CatalogueMarking {

    static final RecordMarking UNCLASSIFIED = new RecordMarking("NATO UNCLASSIFIED", "Releasable to the public");

    /** A participant's record: personal data, sealed, for the registering nation and NATO staff only. */
    static final RecordMarking PERSONAL =
            new RecordMarking("NATO UNCLASSIFIED", "Personal data: the registering nation and NATO staff only");

    private CatalogueMarking() {}
}
