package org.oneplan.platform.axon;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.oneplan.platform.identity.Actor;
import org.oneplan.platform.identity.CurrentActor;

/**
 * Sends a command on behalf of the current request: the actor, the correlation id (the caller's
 * {@code X-Correlation-Id} or a new one) and the actor's reason travel as metadata into every event.
 */
@RequestScoped
public class Commands {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    /** A UUID fits; so does any token of 1 to 64 letters, digits and {@code . _ : -}. */
    private static final Pattern SAFE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final CommandGateway gateway;
    private final CurrentActor currentActor;
    private final CurrentVertxRequest request;

    Commands(CommandGateway gateway, CurrentActor currentActor, CurrentVertxRequest request) {
        this.gateway = gateway;
        this.currentActor = currentActor;
        this.request = request;
    }

    public <R> R send(Object command) {
        return send(command, null);
    }

    /** Sends and waits; a refused command's exception reaches the caller unchanged. */
    public <R> R send(Object command, String reason) {
        Actor actor = currentActor.get();
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetadata.ACTOR, actor.subject());
        metaData.put(AuditMetadata.ACTOR_ROLE, actor.role());
        if (actor.nation() != null) {
            metaData.put(AuditMetadata.ACTOR_NATION, actor.nation());
        }
        metaData.put(AuditMetadata.CORRELATION_ID, correlationId());
        if (reason != null && !reason.isBlank()) {
            metaData.put(AuditMetadata.REASON, reason);
        }
        return gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
    }

    /**
     * The caller's {@code X-Correlation-Id} when it is a UUID or a short token of safe characters; anything
     * else (markup, control characters, kilobytes) is not stored in the permanent record: a new id is issued.
     */
    private String correlationId() {
        String header = request.getCurrent() == null
                ? null
                : request.getCurrent().request().getHeader(CORRELATION_HEADER);
        return header != null && SAFE_CORRELATION_ID.matcher(header).matches()
                ? header
                : UUID.randomUUID().toString();
    }
}
