package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A nation registered a person it may nominate for PCM events.
 *
 * @param nation the registering nation ({@code NATO} for NATO bodies' staff), which alone nominates them
 * @param sealedDetails the person's name, rank, position, email, date of birth and sex, AES-256-GCM sealed with
 *     the person's own key (base64 of IV and ciphertext), never in clear
 */
@DomainEvent(context = "catalogue")
public record ParticipantRegisteredEvent(UUID participantId, String nation, String sealedDetails)
        implements ParticipantEvent {}
