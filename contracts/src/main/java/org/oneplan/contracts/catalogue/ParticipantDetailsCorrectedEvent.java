package org.oneplan.contracts.catalogue;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The registering nation corrected a participant's details; {@code sealedDetails} as when registered. */
@DomainEvent(context = "catalogue")
public record ParticipantDetailsCorrectedEvent(UUID participantId, String sealedDetails) implements ParticipantEvent {}
