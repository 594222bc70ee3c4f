package org.oneplan.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The one JSON form of events, messages and snapshots. Aggregates that are snapshotted declare their
 * private fields serializable with {@code @JsonAutoDetect(fieldVisibility = ANY)}.
 */
public final class Serializers {

    private Serializers() {}

    /** The mapper events are stored and published with: ISO dates, unknown fields tolerated on read. */
    public static ObjectMapper eventMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static JacksonSerializer events() {
        return JacksonSerializer.builder()
                .objectMapper(eventMapper())
                .revisionResolver(new DomainEventRevisionResolver())
                .build();
    }
}
