package org.oneplan.catalogue.api;

import java.util.Optional;
import java.util.UUID;

/**
 * What the command handlers know of a registered participant: enough to nominate them, nothing personal.
 * The participant registry (personal data sealed per person) answers it; a nomination names only the id.
 */
public interface KnownParticipants {

    /** Empty when no participant has this id. */
    Optional<KnownParticipant> find(UUID participantId);

    /**
     * @param nation the nation that registered the person and alone may nominate them
     * @param erased the person's key was destroyed: they can no longer be nominated
     */
    record KnownParticipant(UUID participantId, String nation, boolean erased) {}
}
