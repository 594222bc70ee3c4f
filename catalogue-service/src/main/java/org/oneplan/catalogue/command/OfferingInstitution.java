package org.oneplan.catalogue.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.catalogue.api.CatalogueCommands.ChangeInstitutionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.RegisterInstitutionCommand;
import org.oneplan.contracts.catalogue.InstitutionKind;
import org.oneplan.contracts.catalogue.OfferingInstitutionChangedEvent;
import org.oneplan.contracts.catalogue.OfferingInstitutionRegisteredEvent;
import org.oneplan.platform.domain.Require;

/** An institution that offers events (a NATO body, a national school, a PTEC): reference data. */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class OfferingInstitution {

    @AggregateIdentifier
    private UUID institutionId;

    private String name;
    private InstitutionKind kind;
    private String nation;

    OfferingInstitution() {
        // Axon rebuilds institutions from their events.
    }

    @CommandHandler
    OfferingInstitution(RegisterInstitutionCommand command) {
        Require.text("name", command.name());
        Require.text("nation", command.nation());
        CatalogueMarking.UNCLASSIFIED.apply(new OfferingInstitutionRegisteredEvent(
                command.institutionId(), command.name().strip(), command.kind(), command.nation()));
    }

    @CommandHandler
    long handle(ChangeInstitutionCommand command) {
        Require.text("name", command.name());
        Require.text("nation", command.nation());
        String renamed = command.name().strip();
        if (!renamed.equals(name) || command.kind() != kind || !command.nation().equals(nation)) {
            CatalogueMarking.UNCLASSIFIED.apply(
                    new OfferingInstitutionChangedEvent(institutionId, renamed, command.kind(), command.nation()));
        }
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(OfferingInstitutionRegisteredEvent event) {
        institutionId = event.institutionId();
        name = event.name();
        kind = event.kind();
        nation = event.nation();
    }

    @EventSourcingHandler
    void on(OfferingInstitutionChangedEvent event) {
        name = event.name();
        kind = event.kind();
        nation = event.nation();
    }
}
