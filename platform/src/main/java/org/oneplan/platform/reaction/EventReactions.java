package org.oneplan.platform.reaction;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.jboss.logging.Logger;
import org.oneplan.platform.axon.AuditMetadata;
import org.oneplan.platform.domain.DomainRuleViolation;
import org.oneplan.platform.projection.PublishedEvent;

/**
 * Sends the command an event of another service causes. The command's actor is the system actor of the
 * reaction ({@code system:reaction:ItppApproved}), its correlation id the event's, and its message id the
 * event's id, so that the events it stores name the event as their cause.
 */
@ApplicationScoped
public class EventReactions {

    private static final Logger LOG = Logger.getLogger(EventReactions.class);

    /** What became of a reaction's command. */
    public enum Outcome {
        /** The command was handled and stored its events. */
        DONE,
        /** The aggregate it would create exists already: the event was met before. */
        ALREADY_DONE,
        /** The domain refused it (the partner is not enrolled, say): nothing to do, and nothing to retry. */
        REFUSED
    }

    private final CommandGateway gateway;

    EventReactions(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends {@code command} off the event loop; a refusal or a repeat is an outcome, any other failure fails. */
    public Uni<Outcome> send(PublishedEvent cause, Object command) {
        return VertxContextSupport.executeBlocking(() -> sendAndWait(cause, command));
    }

    private Outcome sendAndWait(PublishedEvent cause, Object command) {
        Map<String, Object> metaData = Map.of(
                AuditMetadata.ACTOR,
                AuditMetadata.reactionActor(cause.name()),
                AuditMetadata.ACTOR_ROLE,
                AuditMetadata.SYSTEM_ROLE,
                AuditMetadata.CORRELATION_ID,
                cause.correlationId() != null ? cause.correlationId() : cause.id());
        try {
            gateway.sendAndWait(new GenericCommandMessage<>(
                    new GenericMessage<>(cause.id(), command, metaData),
                    command.getClass().getName()));
            return Outcome.DONE;
        } catch (AggregateStreamCreationException repeated) {
            return Outcome.ALREADY_DONE;
        } catch (DomainRuleViolation refused) {
            LOG.infof(
                    "%s %s caused no %s: %s",
                    cause.name(), cause.id(), command.getClass().getSimpleName(), refused.getMessage());
            return Outcome.REFUSED;
        }
    }
}
