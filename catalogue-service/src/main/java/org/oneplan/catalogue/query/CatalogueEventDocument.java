package org.oneplan.catalogue.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.catalogue.ContributionApprovedEvent;
import org.oneplan.contracts.catalogue.ContributionCancelledEvent;
import org.oneplan.contracts.catalogue.ContributionDeclinedEvent;
import org.oneplan.contracts.catalogue.ContributionRevisedEvent;
import org.oneplan.contracts.catalogue.ContributionSubmittedEvent;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.contracts.catalogue.IterationAddedEvent;
import org.oneplan.platform.projection.Json;

/**
 * A catalogue event (a contribution) as people read it, built by a pure fold over its events: the read model
 * keeps the latest, and the same fold rebuilds it at any past version.
 *
 * @param offeringNation the nation that offered it ({@code NATO} for a NATO body): it reads its drafts
 * @param iterations in date order
 */
public record CatalogueEventDocument(
        UUID id,
        int year,
        String offeringNation,
        CatalogueEventStatus status,
        CatalogueEventOffer offer,
        List<Iteration> iterations,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) String declineReason,
        @Schema(nullable = true) String cancellationReason,
        long version) {

    public static CatalogueEventDocument fold(CatalogueEventDocument event, Object change, long version) {
        if (change instanceof ContributionSubmittedEvent e) {
            return new CatalogueEventDocument(
                    e.contributionId(),
                    e.year(),
                    e.offeringNation(),
                    CatalogueEventStatus.SUBMITTED,
                    CatalogueEventOffer.of(e.offer()),
                    sorted(e.iterations()),
                    null,
                    null,
                    null,
                    version);
        }
        if (change instanceof ContributionApprovedEvent e) {
            return event.with(
                    CatalogueEventStatus.APPROVED, event.offer, event.iterations, e.approvedAt(), null, null, version);
        }
        if (change instanceof ContributionDeclinedEvent e) {
            return event.with(
                    CatalogueEventStatus.DECLINED, event.offer, event.iterations, null, e.reason(), null, version);
        }
        if (change instanceof ContributionRevisedEvent e) {
            return event.with(
                    event.status,
                    CatalogueEventOffer.of(e.offer()),
                    event.iterations,
                    event.approvedAt,
                    null,
                    null,
                    version);
        }
        if (change instanceof IterationAddedEvent e) {
            List<Iteration> more = new ArrayList<>(event.iterations);
            more.add(e.iteration());
            return event.with(event.status, event.offer, sorted(more), event.approvedAt, null, null, version);
        }
        if (change instanceof ContributionCancelledEvent e) {
            return event.with(
                    CatalogueEventStatus.CANCELLED,
                    event.offer,
                    event.iterations,
                    event.approvedAt,
                    null,
                    e.reason(),
                    version);
        }
        return event;
    }

    private CatalogueEventDocument with(
            CatalogueEventStatus status,
            CatalogueEventOffer offer,
            List<Iteration> iterations,
            Instant approvedAt,
            String declineReason,
            String cancellationReason,
            long version) {
        return new CatalogueEventDocument(
                id,
                year,
                offeringNation,
                status,
                offer,
                iterations,
                approvedAt,
                declineReason,
                cancellationReason,
                version);
    }

    private static List<Iteration> sorted(List<Iteration> iterations) {
        return iterations.stream()
                .sorted(Comparator.comparing(Iteration::start))
                .toList();
    }

    /** Approved events (and those cancelled after approval) are the catalogue everyone reads. */
    public boolean isPublic() {
        return status == CatalogueEventStatus.APPROVED || status == CatalogueEventStatus.CANCELLED;
    }

    static CatalogueEventDocument fromJson(String json) {
        return Json.read(json, CatalogueEventDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
