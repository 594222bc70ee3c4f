package org.oneplan.platform.testing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.util.List;
import org.oneplan.platform.audit.TopicSnapshot;
import org.oneplan.platform.config.KafkaClients;

/**
 * Reads a whole topic as an outside subscriber would: a plain Kafka consumer from offset 0 to the end,
 * each record parsed by the CloudEvents SDK.
 */
public final class TopicReader {

    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private TopicReader() {}

    /** A record as read: its key, partition and offset, and the CloudEvent it carries. */
    public record Published(String key, int partition, long offset, CloudEvent event, byte[] raw) {}

    public static List<Published> readAll(String bootstrapServers, String topic) {
        return TopicSnapshot.records(KafkaClients.to(bootstrapServers, "test"), topic).stream()
                .map(record -> new Published(
                        record.key(),
                        record.partition(),
                        record.offset(),
                        FORMAT.deserialize(record.value()),
                        record.value()))
                .toList();
    }
}
