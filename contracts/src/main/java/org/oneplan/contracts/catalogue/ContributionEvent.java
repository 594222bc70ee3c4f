package org.oneplan.contracts.catalogue;

import java.util.UUID;

/** What happens to a contribution (an offered event), keyed by its id. */
public sealed interface ContributionEvent extends CatalogueEvent
        permits ContributionSubmittedEvent,
                ContributionApprovedEvent,
                ContributionDeclinedEvent,
                ContributionRevisedEvent,
                IterationAddedEvent,
                ContributionCancelledEvent {

    UUID contributionId();
}
