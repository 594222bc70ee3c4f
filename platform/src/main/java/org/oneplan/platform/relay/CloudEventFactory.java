package org.oneplan.platform.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.oneplan.contracts.EventTypes;
import org.oneplan.platform.axon.AuditMetadata;
import org.oneplan.platform.axon.Serializers;

/** Turns a stored domain event into the CloudEvent that is published for it, chained to its predecessor. */
public final class CloudEventFactory {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    private static final String DEFAULT_CLASSIFICATION = "NATO UNCLASSIFIED";

    private final URI source;
    private final ObjectMapper json = Serializers.eventMapper();
    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    public CloudEventFactory(String source) {
        this.source = URI.create(source);
    }

    /** The structured-mode JSON bytes of the CloudEvent and its hash. */
    public record Published(byte[] json, String hash) {}

    public Published toCloudEvent(DomainEventMessage<?> event, String previousHash) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.getIdentifier())
                .withSource(source)
                .withType(EventTypes.cloudEventType(event.getPayloadType()))
                .withSubject(event.getAggregateIdentifier())
                .withTime(event.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(payload(event))
                .withExtension("sequence", event.getSequenceNumber())
                .withExtension("aggregatetype", event.getType())
                .withExtension(
                        "classification",
                        text(event.getMetaData(), AuditMetadata.CLASSIFICATION, DEFAULT_CLASSIFICATION));
        extension(builder, "actor", event.getMetaData(), AuditMetadata.ACTOR);
        extension(builder, "actorrole", event.getMetaData(), AuditMetadata.ACTOR_ROLE);
        extension(builder, "actornation", event.getMetaData(), AuditMetadata.ACTOR_NATION);
        extension(builder, "correlationid", event.getMetaData(), AuditMetadata.CORRELATION_ID);
        extension(builder, "causationid", event.getMetaData(), AuditMetadata.CAUSATION_ID);
        extension(builder, "reason", event.getMetaData(), AuditMetadata.REASON);
        extension(builder, "releasability", event.getMetaData(), AuditMetadata.RELEASABILITY);
        builder.withExtension(AuditChain.PREVIOUS_HASH, previousHash);

        String hash = hashOf(format.serialize(builder.build()), event);
        byte[] published =
                format.serialize(builder.withExtension(AuditChain.HASH, hash).build());
        if (!AuditChain.recompute(published).equals(hash)) {
            // Never publish a record that a verifier reading these very bytes would call altered.
            throw new IllegalStateException("the published form of event " + event.getIdentifier()
                    + " does not hash as its content: refusing to publish it");
        }
        return new Published(published, hash);
    }

    /** The record without its hash, as it will be published, hashes exactly as a verifier will hash it. */
    private static String hashOf(byte[] recordWithoutHash, DomainEventMessage<?> event) {
        try {
            return AuditChain.recompute(recordWithoutHash);
        } catch (NotCanonicalizableException noCanonicalForm) {
            throw new NotCanonicalizableException(
                    "event " + event.getIdentifier() + " of " + event.getType() + " " + event.getAggregateIdentifier()
                            + " cannot be published with a hash: " + noCanonicalForm.getMessage(),
                    noCanonicalForm);
        }
    }

    private byte[] payload(DomainEventMessage<?> event) {
        try {
            return json.writeValueAsBytes(event.getPayload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void extension(CloudEventBuilder builder, String name, MetaData metaData, String key) {
        Object value = metaData.get(key);
        if (value != null) {
            builder.withExtension(name, value.toString());
        }
    }

    private static String text(MetaData metaData, String key, String fallback) {
        Object value = metaData.get(key);
        return value == null ? fallback : value.toString();
    }
}
