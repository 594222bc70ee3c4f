package org.oneplan.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
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

    /**
     * The mapper consumers read published JSON with: every number with a fraction or exponent becomes a
     * {@link java.math.BigDecimal} exactly as written ({@code 2.50} stays {@code 2.50}, {@code 1E+400} is
     * not turned into infinity), never a {@code double} on the way.
     */
    public static ObjectMapper exactReader() {
        ObjectMapper mapper = eventMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper;
    }

    public static JacksonSerializer events() {
        return JacksonSerializer.builder()
                .objectMapper(eventMapper())
                .revisionResolver(new DomainEventRevisionResolver())
                .build();
    }
}
