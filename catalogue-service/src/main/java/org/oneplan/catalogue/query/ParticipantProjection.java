package org.oneplan.catalogue.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.catalogue.ParticipantEvent;
import org.oneplan.contracts.catalogue.ParticipantRegisteredEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** The participants, from {@code oneplan.catalogue.events}. */
@ApplicationScoped
public class ParticipantProjection extends DocumentProjection<ParticipantEntry, ParticipantDocument> {

    ParticipantProjection() {
        super(new Shape<>(
                ParticipantEvent.class,
                ParticipantEntry.class,
                ParticipantEntry::new,
                ParticipantRegisteredEvent.class::isInstance,
                event -> ((ParticipantEvent) event).participantId(),
                ParticipantDocument::fold));
    }

    @Override
    public String name() {
        return "participants";
    }

    @Override
    public String topic() {
        return "oneplan.catalogue.events";
    }
}
