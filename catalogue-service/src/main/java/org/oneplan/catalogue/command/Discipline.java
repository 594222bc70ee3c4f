package org.oneplan.catalogue.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.catalogue.api.CatalogueCommands.ChangeDisciplineCommand;
import org.oneplan.catalogue.api.CatalogueCommands.DefineDisciplineCommand;
import org.oneplan.contracts.catalogue.DisciplineChangedEvent;
import org.oneplan.contracts.catalogue.DisciplineDefinedEvent;
import org.oneplan.platform.domain.Require;

/** A discipline (area of cooperation): reference data an administrator keeps; its code is fixed. */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Discipline {

    @AggregateIdentifier
    private UUID disciplineId;

    private String name;
    private boolean active;

    Discipline() {
        // Axon rebuilds disciplines from their events.
    }

    @CommandHandler
    Discipline(DefineDisciplineCommand command) {
        Require.text("code", command.code());
        Require.text("name", command.name());
        CatalogueMarking.UNCLASSIFIED.apply(new DisciplineDefinedEvent(
                command.disciplineId(), command.code(), command.name().strip(), command.active()));
    }

    @CommandHandler
    long handle(ChangeDisciplineCommand command) {
        Require.text("name", command.name());
        String renamed = command.name().strip();
        if (!renamed.equals(name) || command.active() != active) {
            CatalogueMarking.UNCLASSIFIED.apply(new DisciplineChangedEvent(disciplineId, renamed, command.active()));
        }
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(DisciplineDefinedEvent event) {
        disciplineId = event.disciplineId();
        name = event.name();
        active = event.active();
    }

    @EventSourcingHandler
    void on(DisciplineChangedEvent event) {
        name = event.name();
        active = event.active();
    }
}
