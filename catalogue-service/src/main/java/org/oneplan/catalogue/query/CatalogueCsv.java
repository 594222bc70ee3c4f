package org.oneplan.catalogue.query;

import java.util.List;
import java.util.stream.Collectors;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.platform.print.CsvTable;

/**
 * The catalogue as CSV (the platform's {@link CsvTable}: RFC 4180, no cell read as a formula): one row per
 * iteration, so that a spreadsheet filters and sorts the runs by date; the event's columns repeat on each.
 */
public final class CatalogueCsv {

    static final List<String> HEADER = List.of(
            "event_id",
            "iteration_id",
            "start",
            "end",
            "year",
            "status",
            "title",
            "description",
            "offering_nation",
            "institution_id",
            "discipline",
            "delivery_method",
            "host_nation",
            "city",
            "language",
            "language_level",
            "required_clearance",
            "eligible_audience",
            "organiser_approval_needed",
            "min_seats",
            "max_seats",
            "fee_euros",
            "point_of_contact");

    private CatalogueCsv() {}

    public static String of(List<CatalogueEventDocument> events) {
        return CsvTable.of(
                HEADER,
                events.stream().flatMap(event -> event.iterations().stream().map(run -> row(event, run))));
    }

    private static List<String> row(CatalogueEventDocument event, Iteration run) {
        CatalogueEventOffer offer = event.offer();
        return List.of(
                event.id().toString(),
                run.iterationId().toString(),
                run.start().toString(),
                run.end().toString(),
                Integer.toString(event.year()),
                event.status().name(),
                offer.title(),
                offer.description(),
                event.offeringNation(),
                offer.institutionId().toString(),
                offer.disciplineCode(),
                offer.deliveryMethod().name(),
                offer.hostNation() == null ? "" : offer.hostNation(),
                offer.city() == null ? "" : offer.city(),
                offer.language(),
                offer.languageLevel(),
                offer.requiredClearance().name(),
                offer.eligibleAudience().stream().map(Enum::name).collect(Collectors.joining(" ")),
                Boolean.toString(offer.organiserApprovalNeeded()),
                Integer.toString(offer.minSeats()),
                Integer.toString(offer.maxSeats()),
                offer.feeEuros().toPlainString(),
                offer.pointOfContact());
    }
}
