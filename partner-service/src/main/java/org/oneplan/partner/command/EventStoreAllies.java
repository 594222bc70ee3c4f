package org.oneplan.partner.command;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.partner.api.NationIds;

/**
 * Reads an Ally's admission from the event store itself, inside the command's transaction: the registry's
 * rules decide on what is recorded, not on a read model that may lag.
 */
final class EventStoreAllies implements AlliesOnRecord {

    private final EventStore events;

    EventStoreAllies(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<LocalDate> accessionOf(String code) {
        return events.readEvents(NationIds.ally(code).toString())
                .asStream()
                .map(event -> event.getPayload())
                .filter(AllyAdmittedEvent.class::isInstance)
                .map(admitted -> ((AllyAdmittedEvent) admitted).accessionDate())
                .findFirst();
    }
}
