package org.oneplan.platform.axon;

import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.contracts.shared.Classification;

/**
 * The security marking of a record (classification and releasability), stamped on every event of it, so
 * that each published event says how it may be handled without a look-up of the record.
 */
public record RecordMarking(String classification, String releasability) {

    /** A record co-owned with one partner: restricted, and releasable to that partner only. */
    public static RecordMarking restrictedReleasableTo(String nation) {
        return new RecordMarking(text(Classification.NATO_RESTRICTED), "Releasable to " + nation);
    }

    public MetaData metaData() {
        return MetaData.from(
                Map.of(AuditMetadata.CLASSIFICATION, classification, AuditMetadata.RELEASABILITY, releasability));
    }

    /** Applies an event of the current aggregate with this marking. */
    public void apply(Object event) {
        AggregateLifecycle.apply(event, metaData());
    }

    private static String text(Classification classification) {
        return classification.name().replace('_', ' ');
    }
}
