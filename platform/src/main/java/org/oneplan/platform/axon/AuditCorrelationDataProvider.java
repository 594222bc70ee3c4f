package org.oneplan.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies who acted, in which request and why from a command to every event it causes; the causation id
 * is the id of the command message itself.
 */
final class AuditCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> INHERITED = List.of(
            AuditMetadata.ACTOR,
            AuditMetadata.ACTOR_ROLE,
            AuditMetadata.ACTOR_NATION,
            AuditMetadata.CORRELATION_ID,
            AuditMetadata.REASON,
            AuditMetadata.CLASSIFICATION);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : INHERITED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
