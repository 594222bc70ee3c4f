package org.oneplan.partner.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.shared.NationCode;
import org.oneplan.partner.api.PartnerCommands.AdmitAllyCommand;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/** An Allied nation, admitted on its accession date; approvals ask who the Allies were on a given day. */
class Ally {

    @AggregateIdentifier
    private UUID allyId;

    Ally() {
        // Axon rebuilds Allies from their events.
    }

    @CommandHandler
    Ally(AdmitAllyCommand command) {
        if (!NationCode.isValid(command.code())) {
            throw new InvalidCommand("code", "An Ally's code must be an ISO 3166-1 alpha-3 code, e.g. NOR");
        }
        Require.text("name", command.name());
        apply(new AllyAdmittedEvent(
                command.allyId(), command.code(), command.name().strip(), command.accessionDate()));
    }

    @EventSourcingHandler
    void on(AllyAdmittedEvent event) {
        allyId = event.allyId();
    }
}
