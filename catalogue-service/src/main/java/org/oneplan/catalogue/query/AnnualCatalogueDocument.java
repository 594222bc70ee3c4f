package org.oneplan.catalogue.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.catalogue.AnnualCatalogueCirculatedEvent;
import org.oneplan.contracts.catalogue.AnnualCataloguePublishedEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSilenceBrokenEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSubmittedEvent;
import org.oneplan.platform.projection.Json;

/**
 * A year's catalogue on its way to publication, as a pure fold over its events.
 *
 * @param contributionIds the events it lists (as last submitted, or as published)
 */
public record AnnualCatalogueDocument(
        UUID id,
        int year,
        Status status,
        List<UUID> contributionIds,
        @Schema(nullable = true) Instant silenceEnds,
        @Schema(nullable = true) Instant publishedAt,
        List<Objection> objections,
        long version) {

    public enum Status {
        DRAFT,
        SUBMITTED,
        CIRCULATED,
        PUBLISHED
    }

    /** An Ally's objection that broke silence. */
    public record Objection(String allyNation, String reason) {}

    public static AnnualCatalogueDocument fold(AnnualCatalogueDocument catalogue, Object event, long version) {
        if (event instanceof AnnualCatalogueSubmittedEvent e) {
            List<Objection> objections = catalogue == null ? List.of() : catalogue.objections;
            return new AnnualCatalogueDocument(
                    e.catalogueId(), e.year(), Status.SUBMITTED, e.contributionIds(), null, null, objections, version);
        }
        if (event instanceof AnnualCatalogueCirculatedEvent e) {
            return catalogue.with(
                    Status.CIRCULATED, catalogue.contributionIds, e.silenceEnds(), null, catalogue.objections, version);
        }
        if (event instanceof AnnualCatalogueSilenceBrokenEvent e) {
            List<Objection> more = new ArrayList<>(catalogue.objections);
            more.add(new Objection(e.allyNation(), e.reason()));
            return catalogue.with(Status.DRAFT, catalogue.contributionIds, null, null, List.copyOf(more), version);
        }
        if (event instanceof AnnualCataloguePublishedEvent e) {
            return catalogue.with(
                    Status.PUBLISHED,
                    e.contributionIds(),
                    catalogue.silenceEnds,
                    e.publishedAt(),
                    catalogue.objections,
                    version);
        }
        return catalogue;
    }

    private AnnualCatalogueDocument with(
            Status status,
            List<UUID> contributionIds,
            Instant silenceEnds,
            Instant publishedAt,
            List<Objection> objections,
            long version) {
        return new AnnualCatalogueDocument(
                id, year, status, contributionIds, silenceEnds, publishedAt, objections, version);
    }

    static AnnualCatalogueDocument fromJson(String json) {
        return Json.read(json, AnnualCatalogueDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
