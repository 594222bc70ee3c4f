package org.oneplan.platform.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
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
        String id, String type, String subject, long sequence, Instant time, String actor, JsonNode data) {

    private static final ObjectMapper JSON = Serializers.eventMapper();
    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    public static PublishedEvent parse(byte[] structuredJson) {
        CloudEvent event = FORMAT.deserialize(structuredJson);
        try {
            Object sequence = event.getExtension("sequence");
            Object actor = event.getExtension("actor");
            return new PublishedEvent(
                    event.getId(),
                    event.getType(),
                    event.getSubject(),
                    sequence == null ? -1 : Long.parseLong(sequence.toString()),
                    event.getTime() == null ? null : event.getTime().toInstant(),
                    actor == null ? null : actor.toString(),
                    event.getData() == null
                            ? JSON.nullNode()
                            : JSON.readTree(event.getData().toBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
