package org.oneplan.platform.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.oneplan.contracts.EventTypes;
import org.oneplan.platform.axon.Serializers;

/**
 * An event as a consumer reads it from a topic: the CloudEvent's envelope and its JSON data, read with
 * the CloudEvents SDK.
 */
public record PublishedEvent(
        String id,
        String type,
        String subject,
        long sequence,
        Instant time,
        String actor,
        String correlationId,
        JsonNode data) {

    /** The CloudEvents SDK's reader on an exact mapper: the SDK's own would read decimals as doubles. */
    private static final ObjectMapper JSON =
            Serializers.exactReader().registerModule(JsonFormat.getCloudEventJacksonModule());

    public static PublishedEvent parse(byte[] structuredJson) {
        try {
            CloudEvent event = JSON.readValue(structuredJson, CloudEvent.class);
            Object sequence = event.getExtension("sequence");
            Object actor = event.getExtension("actor");
            Object correlationId = event.getExtension("correlationid");
            return new PublishedEvent(
                    event.getId(),
                    event.getType(),
                    event.getSubject(),
                    sequence == null ? -1 : Long.parseLong(sequence.toString()),
                    event.getTime() == null ? null : event.getTime().toInstant(),
                    actor == null ? null : actor.toString(),
                    correlationId == null ? null : correlationId.toString(),
                    data(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode data(CloudEvent event) throws IOException {
        if (event.getData() == null) {
            return JSON.nullNode();
        }
        if (event.getData() instanceof JsonCloudEventData json) {
            return json.getNode();
        }
        return JSON.readTree(event.getData().toBytes());
    }

    /** The event's name without context or version: {@code ItppApproved} for {@code org.oneplan.itpp.ItppApproved.v1}. */
    public String name() {
        String[] parts = type.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : type;
    }

    /** Whether this is an event of the given contract class (any version's class maps to its own type). */
    public boolean is(Class<?> eventClass) {
        return EventTypes.cloudEventType(eventClass).equals(type);
    }

    /** The data as the contract record. */
    public <T> T data(Class<T> eventClass) {
        try {
            return JSON.treeToValue(data, eventClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
