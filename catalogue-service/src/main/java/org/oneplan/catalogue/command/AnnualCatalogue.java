package org.oneplan.catalogue.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.oneplan.catalogue.api.CatalogueCommands.BreakCatalogueSilenceCommand;
import org.oneplan.catalogue.api.CatalogueCommands.CirculateCatalogueCommand;
import org.oneplan.catalogue.api.CatalogueCommands.SubmitCatalogueCommand;
import org.oneplan.catalogue.api.KnownCatalogue;
import org.oneplan.catalogue.command.CatalogueRefusals.NothingApproved;
import org.oneplan.contracts.catalogue.AnnualCatalogueEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSubmittedEvent;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.approval.SilenceDeadline;

/**
 * A year's catalogue, published as a whole: staff submit it with the events approved for it, circulate it
 * to the Allies under silence, and it is published when the silence passes. An objection sends it back to
 * drafting; submitting it again lists the events approved by then.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class AnnualCatalogue {

    @AggregateIdentifier
    private UUID catalogueId;

    private int year;
    private List<UUID> contributionIds;
    private ConsensusApproval approval;

    AnnualCatalogue() {
        // Axon rebuilds catalogues from their events; the first submission creates one.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(SubmitCatalogueCommand command, KnownCatalogue catalogue) {
        if (approval == null) {
            approval = CatalogueApproval.start();
        }
        approval.requireDrafting();
        List<UUID> approved = catalogue.approvedIn(command.year());
        if (approved.isEmpty()) {
            throw new NothingApproved(command.year());
        }
        approval.submit(new CatalogueApproval(command.catalogueId(), command.year(), approved));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CirculateCatalogueCommand command, DeadlineManager deadlines) {
        approval.circulate(command.silenceEnds(), command.allies(), command.at(), approvalEvents(), deadlines);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(BreakCatalogueSilenceCommand command, DeadlineManager deadlines) {
        approval.breakSilence(command.allyNation(), command.reason(), command.at(), approvalEvents(), deadlines);
        return AggregateLifecycle.getVersion();
    }

    @DeadlineHandler(deadlineName = SilenceDeadline.NAME)
    void silenceEnds(SilenceDeadline deadline) {
        approval.silenceEnded(deadline, approvalEvents());
    }

    @EventSourcingHandler
    void on(AnnualCatalogueSubmittedEvent event) {
        catalogueId = event.catalogueId();
        year = event.year();
        contributionIds = event.contributionIds();
        approval = CatalogueApproval.after(approval == null ? CatalogueApproval.start() : approval, event);
    }

    @EventSourcingHandler
    void on(AnnualCatalogueEvent event) {
        approval = CatalogueApproval.after(approval, event);
    }

    private CatalogueApproval approvalEvents() {
        return new CatalogueApproval(catalogueId, year, contributionIds);
    }
}
