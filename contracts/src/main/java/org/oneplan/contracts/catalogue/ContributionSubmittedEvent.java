package org.oneplan.contracts.catalogue;

import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A NATO body (staff), an Ally or a partner offered an event for a catalogue year.
 *
 * @param offeringNation the submitting Ally's or partner's nation; {@code NATO} for a NATO body
 */
@DomainEvent(context = "catalogue")
public record ContributionSubmittedEvent(
        UUID contributionId, int year, String offeringNation, EventOffer offer, List<Iteration> iterations)
        implements ContributionEvent {

    public ContributionSubmittedEvent {
        iterations = List.copyOf(iterations);
    }
}
