package org.oneplan.platform.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.oneplan.contracts.EventTypes;
import org.oneplan.platform.axon.AuditMetadata;

/** Reads an aggregate's events from the event store, the authoritative record, with their audit metadata. */
@ApplicationScoped
public class EventHistory {

    private final EventStore eventStore;

    EventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Every event of the aggregate up to {@code asOf} (all when null), oldest first; empty when unknown. */
    public List<HistoryEntry> of(String aggregateId, Instant asOf) {
        List<HistoryEntry> entries = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (asOf != null && event.getTimestamp().isAfter(asOf)) {
                break;
            }
            MetaData meta = event.getMetaData();
            entries.add(new HistoryEntry(
                    event.getSequenceNumber(),
                    EventTypes.isDomainEvent(event.getPayloadType())
                            ? EventTypes.cloudEventType(event.getPayloadType())
                            : event.getPayloadType().getName(),
                    event.getTimestamp(),
                    text(meta, AuditMetadata.ACTOR),
                    text(meta, AuditMetadata.ACTOR_ROLE),
                    text(meta, AuditMetadata.ACTOR_NATION),
                    text(meta, AuditMetadata.REASON),
                    text(meta, AuditMetadata.CORRELATION_ID),
                    event.getPayload()));
        }
        return entries;
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
