package org.oneplan.catalogue.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.catalogue.api.CatalogueCommands.SubmitContributionCommand;
import org.oneplan.catalogue.api.CatalogueIds;
import org.oneplan.catalogue.api.CatalogueRequests;
import org.oneplan.catalogue.query.CatalogueEventDocument;
import org.oneplan.catalogue.query.CatalogueSearch;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.PageRequest;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * The catalogue's events: offered by NATO bodies (staff), Allies and partners, searched and read by everyone
 * once approved, and by staff and the offering nation before.
 */
@Tag(
        name = "Catalogue events",
        description = "Contributions to the Partnership Cooperation Menu: offering, search, reading, history")
@Path("/catalogue-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueEventResource {

    private final Commands commands;
    private final CatalogueSearch search;
    private final CatalogueReaders readers;
    private final Offerers offerers;

    CatalogueEventResource(Commands commands, CatalogueSearch search, CatalogueReaders readers, Offerers offerers) {
        this.commands = commands;
        this.search = search;
        this.readers = readers;
        this.offerers = offerers;
    }

    @Operation(
            summary = "Offer an event for a year's catalogue",
            description =
                    "A NATO body (staff), an Ally or a partner offers an event with at least one iteration in the catalogue year; the caller's nation is the offering nation (NATO for staff) and must be the institution's. The id derives from year, institution and title, so offering the same again is a 409. 422 unknown-discipline, discipline-inactive, unknown-offering-institution, institution-of-another-nation, iteration-listed-twice, capacity-inverted, location-missing, online-event-has-no-location, point-of-contact-not-a-role-address, iteration-ends-before-start, iteration-outside-catalogue-year.")
    @APIResponse(responseCode = "201", description = "The contribution awaits NATO's decision; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.PARTNER})
    public Response submit(@Valid @NotNull CatalogueRequests.Contribution request) {
        UUID id = CatalogueIds.contribution(
                request.year(), request.offer().institutionId(), request.offer().title());
        List<Iteration> iterations = request.iterations().stream()
                .map(dates -> new Iteration(CatalogueIds.iteration(id, dates.start()), dates.start(), dates.end()))
                .toList();
        commands.send(new SubmitContributionCommand(
                id, request.year(), offerers.offeringNation(), request.offer().toOffer(), iterations));
        return CommandAccepted.created(URI.create("/catalogue-events/" + id), id, 0);
    }

    @Operation(
            summary = "Search the catalogue",
            description =
                    "The catalogue's events by year, discipline code, words in the title or description (q: PostgreSQL full text, English stemming, web search syntax), host nation, delivery method, language, dates (an iteration wholly between from and to), eligibility of a partner (eligibleFor), sorted by start (default), title or relevance, one page at a time. Everyone reads the approved (and cancelled) events; staff and inspectors also see contributions awaiting a decision or declined, and a delegation its own nation's. 400 for a malformed parameter, a date range ending before it starts, or an unknown partner.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<CatalogueEventDocument>> search(
            @Valid @BeanParam CatalogueSearchParams filter, @Valid @BeanParam PageRequest paging) {
        return search.page(filter.filter(readers), paging.page, paging.size);
    }

    @Operation(
            summary = "Read one catalogue event",
            description =
                    "The event now (offer, iterations, status and reasons), with its version as ETag; minVersion waits, bounded, for the read model.")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            content = @Content(schema = @Schema(implementation = CatalogueEventDocument.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The event's version",
                            schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Response> get(@PathParam("id") UUID id, @QueryParam("minVersion") @Min(0) Long minVersion) {
        return readers.current(id, minVersion)
                .map(found ->
                        Response.ok(found).tag(Versions.etag(found.version())).build());
    }

    @Operation(
            summary = "Read the history of a catalogue event",
            description =
                    "Every event of the contribution with who (actor, role, nation), when and why; asOf cuts it at an instant.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return readers.history(id, asOf);
    }
}
