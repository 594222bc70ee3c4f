package org.oneplan.itpp.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** ITPP documents as staff, Allies and partners read them, from {@code oneplan.itpp.events}. */
@ApplicationScoped
public class ItppDocumentProjection extends DocumentProjection<ItppEntry, ItppDocument> {

    ItppDocumentProjection() {
        super(new Shape<>(
                ItppEvent.class,
                ItppEntry.class,
                ItppEntry::new,
                ItppDraftedEvent.class::isInstance,
                event -> ((ItppEvent) event).itppId(),
                ItppDocument::fold));
    }

    @Override
    public String name() {
        return "itpp-documents";
    }

    @Override
    public String topic() {
        return "oneplan.itpp.events";
    }
}
