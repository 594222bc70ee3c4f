package org.oneplan.catalogue.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.catalogue.query.CatalogueCsv;
import org.oneplan.catalogue.query.CatalogueIcs;
import org.oneplan.catalogue.query.CatalogueSearch;
import org.oneplan.platform.identity.Roles;

/**
 * The catalogue as a point of contact takes it away: the events a search finds (same filters, same readers,
 * every page up to {@link CatalogueSearch#EXPORT_LIMIT} events), as CSV for a spreadsheet and as iCalendar
 * for a calendar.
 */
@Tag(
        name = "Catalogue events",
        description = "Contributions to the Partnership Cooperation Menu: offering, search, reading, history")
@Path("/")
public class CatalogueExportResource {

    static final String CALENDAR = "text/calendar";

    private final CatalogueSearch search;
    private final CatalogueReaders readers;
    private final Clock clock;

    CatalogueExportResource(CatalogueSearch search, CatalogueReaders readers, Clock clock) {
        this.search = search;
        this.readers = readers;
        this.clock = clock;
    }

    @Operation(
            summary = "Export a catalogue search as CSV",
            description =
                    "RFC 4180 CSV with a header row, one row per iteration of every event the search's filters find (all pages, at most 5,000 events), in the search's order. A text cell that a spreadsheet would read as a formula starts with an apostrophe. 400 as the search.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/catalogue-events.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Response> csv(@Valid @BeanParam CatalogueSearchParams filter) {
        return search.all(filter.filter(readers))
                .map(events -> Response.ok(CatalogueCsv.of(events))
                        .header("Content-Disposition", "attachment; filename=\"catalogue-events.csv\"")
                        .build());
    }

    @Operation(
            summary = "Export a catalogue search as iCalendar",
            description =
                    "An RFC 5545 calendar with one all-day VEVENT per iteration of every event the search's filters find (all pages, at most 5,000 events); UID is the iteration's, so a new import updates rather than duplicates; STATUS is CONFIRMED, CANCELLED or (a contribution awaiting a decision) TENTATIVE. 400 as the search.")
    @APIResponse(
            responseCode = "200",
            description = "The iCalendar file",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/catalogue-events.ics")
    @Produces(CALENDAR)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Response> ics(@Valid @BeanParam CatalogueSearchParams filter) {
        return search.all(filter.filter(readers))
                .map(events -> Response.ok(CatalogueIcs.of(events, clock.instant()))
                        .header("Content-Disposition", "attachment; filename=\"catalogue-events.ics\"")
                        .build());
    }
}
