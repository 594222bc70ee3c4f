package org.oneplan.catalogue.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.catalogue.api.ParticipantCommands.CorrectParticipantCommand;
import org.oneplan.catalogue.api.ParticipantCommands.EraseParticipantCommand;
import org.oneplan.catalogue.api.ParticipantCommands.RegisterParticipantCommand;
import org.oneplan.catalogue.api.ParticipantDetails;
import org.oneplan.catalogue.api.ParticipantVault;
import org.oneplan.catalogue.command.CatalogueRefusals.NotTheRegisteringNation;
import org.oneplan.catalogue.command.CatalogueRefusals.ParticipantAlreadyRegistered;
import org.oneplan.catalogue.command.CatalogueRefusals.ParticipantErased;
import org.oneplan.contracts.catalogue.ParticipantDetailsCorrectedEvent;
import org.oneplan.contracts.catalogue.ParticipantErasedEvent;
import org.oneplan.contracts.catalogue.ParticipantEvent;
import org.oneplan.contracts.catalogue.ParticipantRegisteredEvent;
import org.oneplan.platform.domain.InvalidCommand;

/**
 * A person a nation registered to nominate. The aggregate never holds their details: it seals them through
 * the vault and records only the sealed text; erasure destroys the key and records the sex alone, for the
 * statistics.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Participant {

    @AggregateIdentifier
    private UUID participantId;

    private String nation;
    private String sealedDetails;
    private boolean erased;

    Participant() {
        // Axon rebuilds participants from their events.
    }

    @CommandHandler
    Participant(RegisterParticipantCommand command, ParticipantVault vault) {
        requireComplete(command.details());
        vault.registeredAs(command.nation(), command.details().email()).ifPresent(existing -> {
            throw new ParticipantAlreadyRegistered(existing);
        });
        String sealed = vault.sealNew(command.participantId(), command.nation(), command.details());
        CatalogueMarking.PERSONAL.apply(
                new ParticipantRegisteredEvent(command.participantId(), command.nation(), sealed));
    }

    @CommandHandler
    long handle(CorrectParticipantCommand command, ParticipantVault vault) {
        requireNotErased();
        if (command.actorNation() != null && !command.actorNation().equals(nation)) {
            throw new NotTheRegisteringNation();
        }
        requireComplete(command.details());
        if (vault.open(participantId, sealedDetails)
                .map(command.details()::equals)
                .orElse(false)) {
            return AggregateLifecycle.getVersion();
        }
        vault.registeredAs(nation, command.details().email())
                .filter(other -> !other.equals(participantId))
                .ifPresent(other -> {
                    throw new ParticipantAlreadyRegistered(other);
                });
        return record(
                new ParticipantDetailsCorrectedEvent(participantId, vault.seal(participantId, command.details())));
    }

    @CommandHandler
    long handle(EraseParticipantCommand command, ParticipantVault vault) {
        requireNotErased();
        ParticipantDetails details = vault.open(participantId, sealedDetails)
                .orElseThrow(() -> new IllegalStateException("participant " + participantId + " has no key"));
        vault.destroy(participantId);
        return record(new ParticipantErasedEvent(participantId, command.at(), details.sex()));
    }

    private void requireNotErased() {
        if (erased) {
            throw new ParticipantErased(participantId);
        }
    }

    private static void requireComplete(ParticipantDetails details) {
        if (details == null || details.name() == null || details.name().isBlank()) {
            throw new InvalidCommand("name", "A participant has a name");
        }
        if (details.email() == null || details.email().isBlank()) {
            throw new InvalidCommand("email", "A participant has an email address");
        }
        if (details.sex() == null) {
            throw new InvalidCommand("sex", "Participation statistics are kept by sex");
        }
    }

    @EventSourcingHandler
    void on(ParticipantEvent event) {
        if (event instanceof ParticipantRegisteredEvent registered) {
            participantId = registered.participantId();
            nation = registered.nation();
            sealedDetails = registered.sealedDetails();
        }
        if (event instanceof ParticipantDetailsCorrectedEvent corrected) {
            sealedDetails = corrected.sealedDetails();
        }
        if (event instanceof ParticipantErasedEvent) {
            erased = true;
            sealedDetails = null;
        }
    }

    private long record(ParticipantEvent event) {
        CatalogueMarking.PERSONAL.apply(event);
        return AggregateLifecycle.getVersion();
    }
}
