package org.oneplan.contracts.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The person's key was destroyed on request: every sealed copy of their details is unreadable from now on.
 *
 * @param statisticalSex the person's sex as registered, kept so that participation statistics by sex (Women,
 *     Peace and Security reporting) stay correct; with the name gone, an id's sex no longer identifies anyone
 */
@DomainEvent(context = "catalogue")
public record ParticipantErasedEvent(UUID participantId, Instant erasedAt, Sex statisticalSex)
        implements ParticipantEvent {}
