package org.oneplan.catalogue.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The commands of the participant registry. Details travel in clear only inside the service's memory, in
 * these commands, which are never stored; {@code actorNation} is null for staff and administrators.
 */
public final class ParticipantCommands {

    private ParticipantCommands() {}

    public record RegisterParticipantCommand(
            @TargetAggregateIdentifier UUID participantId, String nation, ParticipantDetails details) {}

    public record CorrectParticipantCommand(
            @TargetAggregateIdentifier UUID participantId,
            @TargetAggregateVersion Long expectedVersion,
            String actorNation,
            ParticipantDetails details) {}

    public record EraseParticipantCommand(
            @TargetAggregateIdentifier UUID participantId,
            @TargetAggregateVersion Long expectedVersion,
            Instant at) {}
}
