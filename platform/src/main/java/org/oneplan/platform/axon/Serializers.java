package org.oneplan.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/** The one JSON form of events and messages, and a field-based form for aggregate snapshots. */
public final class Serializers {

    private Serializers() {
    }

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

    /** Snapshots are aggregate state, which lives in private fields. */
    public static JacksonSerializer snapshots() {
        ObjectMapper mapper = eventMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).defaultTyping().build();
    }
}
