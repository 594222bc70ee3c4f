package org.oneplan.contracts.catalogue;

import java.util.UUID;

/**
 * What happens to a participant a nation registered, keyed by its id. Personal data travel only sealed with
 * the person's own key, which erasure destroys: from then on no copy of this topic can reveal them.
 */
public sealed interface ParticipantEvent extends CatalogueEvent
        permits ParticipantRegisteredEvent, ParticipantDetailsCorrectedEvent, ParticipantErasedEvent {

    UUID participantId();
}
