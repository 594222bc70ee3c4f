package org.oneplan.itpp.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.oneplan.itpp.api.ItppCommands.DraftNextCycleCommand;
import org.oneplan.itpp.api.ItppCommands.RenewFromAssessmentCommand;
import org.oneplan.itpp.api.ItppCommands.RenewItppCommand;
import org.oneplan.itpp.api.ItppCommands.Renewed;
import org.oneplan.platform.partners.KnownPartners;

/**
 * Renewal touches two ITPPs: it reads the previous cycle's (what it recorded, not a read model), which
 * decides what is carried over, and starts the next cycle's with it, in one unit of work.
 */
final class ItppRenewal {

    private final Repository<Itpp> itpps;

    ItppRenewal(Repository<Itpp> itpps) {
        this.itpps = itpps;
    }

    @CommandHandler
    Renewed handle(RenewItppCommand command, KnownPartners partners) throws Exception {
        DraftNextCycleCommand draft = itpps.load(command.previousItppId().toString())
                .invoke(previous -> previous.nextCycleDraft(command.goalIds()));
        return draft(draft, partners);
    }

    @CommandHandler
    Renewed handle(RenewFromAssessmentCommand command, KnownPartners partners) throws Exception {
        DraftNextCycleCommand draft = itpps.load(command.previousItppId().toString())
                .invoke(previous -> previous.nextCycleDraft(command.goalIds(), command.recommended()));
        return draft(draft, partners);
    }

    private Renewed draft(DraftNextCycleCommand draft, KnownPartners partners) throws Exception {
        Aggregate<Itpp> next = itpps.newInstance(() -> new Itpp(draft, partners));
        return new Renewed(draft.itppId(), next.version());
    }
}
