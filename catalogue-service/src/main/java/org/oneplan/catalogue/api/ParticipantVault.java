package org.oneplan.catalogue.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Where each participant's key lives, outside the event store. Command handlers seal a person's details
 * with it in the command's own transaction, so that a key exists exactly for the participants whose
 * registration was stored; erasure destroys the key in the transaction that records the erasure.
 */
public interface ParticipantVault {

    /** The participant the nation registered with this email before, if any (by a keyed blind index). */
    Optional<UUID> registeredAs(String nation, String email);

    /** Makes the person's key and returns their details sealed with it. */
    String sealNew(UUID participantId, String nation, ParticipantDetails details);

    /** Seals corrected details with the person's existing key. */
    String seal(UUID participantId, ParticipantDetails details);

    /** The details a sealed text holds; empty once the person's key is destroyed. */
    Optional<ParticipantDetails> open(UUID participantId, String sealedDetails);

    /** Destroys the person's key and blind index, for ever. */
    void destroy(UUID participantId);
}
