package org.oneplan.catalogue.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.catalogue.api.CatalogueCommands.AddIterationCommand;
import org.oneplan.catalogue.api.CatalogueCommands.ApproveContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.CancelContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.DeclineContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.ReviseContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.SubmitContributionCommand;
import org.oneplan.catalogue.api.KnownCatalogue;
import org.oneplan.catalogue.command.CatalogueRefusals.AlreadyCancelled;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationExists;
import org.oneplan.catalogue.command.CatalogueRefusals.NotApproved;
import org.oneplan.catalogue.command.CatalogueRefusals.NotSubmitted;
import org.oneplan.catalogue.command.CatalogueRefusals.NotTheOfferingNation;
import org.oneplan.contracts.catalogue.ContributionApprovedEvent;
import org.oneplan.contracts.catalogue.ContributionCancelledEvent;
import org.oneplan.contracts.catalogue.ContributionDeclinedEvent;
import org.oneplan.contracts.catalogue.ContributionEvent;
import org.oneplan.contracts.catalogue.ContributionRevisedEvent;
import org.oneplan.contracts.catalogue.ContributionSubmittedEvent;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.contracts.catalogue.IterationAddedEvent;
import org.oneplan.platform.domain.Require;

/**
 * A contribution: an event a NATO body, an Ally or a partner offers for a year's catalogue. Staff approve or
 * decline it; once approved, staff or the offering nation revise it, add iterations or cancel it.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Contribution {

    enum Status {
        SUBMITTED,
        APPROVED,
        DECLINED,
        CANCELLED
    }

    @AggregateIdentifier
    private UUID contributionId;

    private int year;
    private String offeringNation;
    private EventOffer offer;
    private List<Iteration> iterations;
    private Status status;

    Contribution() {
        // Axon rebuilds contributions from their events.
    }

    @CommandHandler
    Contribution(SubmitContributionCommand command, KnownCatalogue reference) {
        Require.text("offeringNation", command.offeringNation());
        OfferRules.checkOfferedBy(command.offeringNation(), command.offer(), reference);
        OfferRules.check(command.offer(), reference);
        OfferRules.check(command.iterations(), command.year());
        CatalogueMarking.UNCLASSIFIED.apply(new ContributionSubmittedEvent(
                command.contributionId(),
                command.year(),
                command.offeringNation(),
                command.offer(),
                command.iterations()));
    }

    @CommandHandler
    long handle(ApproveContributionCommand command) {
        requireSubmitted();
        return record(new ContributionApprovedEvent(contributionId, year, command.at()));
    }

    @CommandHandler
    long handle(DeclineContributionCommand command) {
        requireSubmitted();
        Require.text("reason", command.reason());
        return record(
                new ContributionDeclinedEvent(contributionId, command.reason().strip()));
    }

    @CommandHandler
    long handle(ReviseContributionCommand command, KnownCatalogue reference) {
        requireChangeableBy(command.actorNation());
        OfferRules.checkOfferedBy(offeringNation, command.offer(), reference);
        OfferRules.check(command.offer(), reference);
        return command.offer().equals(offer)
                ? version()
                : record(new ContributionRevisedEvent(contributionId, command.offer()));
    }

    @CommandHandler
    long handle(AddIterationCommand command) {
        requireChangeableBy(command.actorNation());
        OfferRules.check(command.iteration(), year);
        if (iterations.stream()
                .anyMatch(known -> known.start().equals(command.iteration().start()))) {
            throw new IterationExists(command.iteration().start());
        }
        return record(new IterationAddedEvent(contributionId, command.iteration()));
    }

    @CommandHandler
    long handle(CancelContributionCommand command) {
        requireChangeableBy(command.actorNation());
        Require.text("reason", command.reason());
        return record(
                new ContributionCancelledEvent(contributionId, command.reason().strip()));
    }

    private void requireSubmitted() {
        if (status != Status.SUBMITTED) {
            throw new NotSubmitted(status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Staff (no nation) change any approved event; an Ally or partner only the events its nation offers. */
    private void requireChangeableBy(String actorNation) {
        if (actorNation != null && !actorNation.equals(offeringNation)) {
            throw new NotTheOfferingNation();
        }
        if (status == Status.CANCELLED) {
            throw new AlreadyCancelled();
        }
        if (status != Status.APPROVED) {
            throw new NotApproved();
        }
    }

    @EventSourcingHandler
    void on(ContributionSubmittedEvent event) {
        contributionId = event.contributionId();
        year = event.year();
        offeringNation = event.offeringNation();
        offer = event.offer();
        iterations = event.iterations();
        status = Status.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ContributionEvent event) {
        if (event instanceof ContributionApprovedEvent) {
            status = Status.APPROVED;
        }
        if (event instanceof ContributionDeclinedEvent) {
            status = Status.DECLINED;
        }
        if (event instanceof ContributionCancelledEvent) {
            status = Status.CANCELLED;
        }
        if (event instanceof ContributionRevisedEvent revised) {
            offer = revised.offer();
        }
        if (event instanceof IterationAddedEvent added) {
            List<Iteration> more = new ArrayList<>(iterations);
            more.add(added.iteration());
            iterations = List.copyOf(more);
        }
    }

    private long record(ContributionEvent event) {
        CatalogueMarking.UNCLASSIFIED.apply(event);
        return version();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
