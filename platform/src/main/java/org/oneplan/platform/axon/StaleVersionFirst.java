package org.oneplan.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.oneplan.platform.domain.DomainRuleViolation;

/**
 * A command based on a version that is no longer the latest (a stale {@code If-Match}) is answered as the
 * conflict it is, even when the handler, deciding on the newer state, refuses it: the caller must read again
 * before anything else it is told can mean something. Axon otherwise detects the conflict only when the unit
 * of work commits, which a refusal never reaches.
 */
final class StaleVersionFirst implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (DomainRuleViolation refused) {
            // Throws ConflictingAggregateVersionException (409 stale-version) when events were stored after
            // the version the command named; without a named version there is nothing to resolve.
            ConflictResolution.getConflictResolver().detectConflicts(unseen -> !unseen.isEmpty());
            throw refused;
        }
    }
}
