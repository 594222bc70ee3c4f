package org.oneplan.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.oneplan.contracts.EventTypes;

/**
 * Names the actor of every message that handling a message causes, with the correlation id of the
 * request and, as causation id, the id of the handled message.
 *
 * <p>A command's actor, role, nation and reason pass to its events. Where no person acted, a system actor
 * does, with role {@value AuditMetadata#SYSTEM_ROLE} and no nation or reason: for a deadline
 * ({@code system:<deadline name>}) and for a reaction to an event ({@code system:reaction:<event name>}).
 * A deadline message carries the correlation data of the unit of work that scheduled it (Axon's
 * {@code GenericMessage} copies it), so its correlation id is the scheduling request's; the human actor
 * it also carries is deliberately not passed on.
 */
final class AuditCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> FROM_THE_ACTOR =
            List.of(AuditMetadata.ACTOR, AuditMetadata.ACTOR_ROLE, AuditMetadata.ACTOR_NATION, AuditMetadata.REASON);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        if (message instanceof DeadlineMessage<?> deadline) {
            data.put(AuditMetadata.ACTOR, AuditMetadata.deadlineActor(deadline.getDeadlineName()));
            data.put(AuditMetadata.ACTOR_ROLE, AuditMetadata.SYSTEM_ROLE);
        } else if (message instanceof EventMessage<?> event) {
            data.put(AuditMetadata.ACTOR, AuditMetadata.reactionActor(eventName(event)));
            data.put(AuditMetadata.ACTOR_ROLE, AuditMetadata.SYSTEM_ROLE);
        } else {
            copy(message, FROM_THE_ACTOR, data);
        }
        copy(message, List.of(AuditMetadata.CLASSIFICATION), data);
        Object correlationId = message.getMetaData().get(AuditMetadata.CORRELATION_ID);
        data.put(AuditMetadata.CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(Message<?> message, List<String> keys, Map<String, Object> data) {
        for (String key : keys) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
    }

    private static String eventName(EventMessage<?> event) {
        return EventTypes.eventName(event.getPayloadType());
    }
}
