package org.oneplan.parp.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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
import org.oneplan.parp.api.ParpCommands.OpenParpCycleCommand;
import org.oneplan.parp.api.ParpIds;
import org.oneplan.parp.api.ParpRequests;
import org.oneplan.parp.query.ParpCycleDocument;
import org.oneplan.parp.query.ParpPackageHtml;
import org.oneplan.parp.query.ParpPackageStatus;
import org.oneplan.parp.query.ParpQueries;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.PageRequest;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * PARP cycles: opened by an approved ITPP (or by staff by hand), read by staff, Allies and inspectors, and
 * by the partner delegation of that nation only; no other partner's delegation sees them, not even in lists.
 */
@Tag(name = "PARP cycles", description = "Two-year PARP cycles: opening, reading now and as of the past, history")
@Path("/parp-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParpCycleResource {

    private final Commands commands;
    private final ParpQueries queries;
    private final PartnerRecordReader<ParpCycleDocument> reader;
    private final AccessPolicy access;

    ParpCycleResource(
            Commands commands,
            ParpQueries queries,
            PartnerRecordReader<ParpCycleDocument> reader,
            AccessPolicy access) {
        this.commands = commands;
        this.queries = queries;
        this.reader = reader;
        this.access = access;
    }

    @Operation(
            summary = "Open a PARP cycle by hand",
            description =
                    "Opens the two-year PARP cycle of a partner enrolled in PARP, starting in startYear; the id derives from both, so a second opening is a 409. Cycles normally open by themselves when the partner's ITPP is approved (cycle 1) and when its year 3 begins (cycle 2).")
    @APIResponse(responseCode = "201", description = "The cycle is open; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response open(@Valid @NotNull ParpRequests.OpenCycle request) {
        UUID id = ParpIds.cycle(request.partnerId(), request.startYear());
        commands.send(new OpenParpCycleCommand(id, request.partnerId(), request.startYear(), request.itppId()));
        return CommandAccepted.created(URI.create("/parp-cycles/" + id), id, 0);
    }

    @Operation(
            summary = "List PARP cycles",
            description =
                    "Lists the cycles the caller may see, filtered by partner code, first year of the cycle or package status, one page at a time.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<ParpCycleDocument>> list(
            @QueryParam("partner") @PlainText(max = 10) String partnerCode,
            @QueryParam("startYear") @Min(PlausibleDate.EARLIEST_YEAR) @Max(PlausibleDate.LATEST_YEAR)
                    Integer startYear,
            @QueryParam("status") ParpPackageStatus status,
            @Valid @BeanParam PageRequest paging) {
        if (!access.mayList(partnerCode)) {
            return Uni.createFrom().item(new Page<>(List.of(), paging.page, paging.size, 0));
        }
        return queries.list(
                new ParpQueries.Filter(access.nationFilter(partnerCode), startYear, status), paging.page, paging.size);
    }

    @Operation(
            summary = "Read one PARP cycle",
            description =
                    "The cycle now (survey, goals with their negotiation, approval, progress), with its version as ETag; minVersion waits, bounded, for the read model; with asOf or atVersion, the cycle as it stood then, rebuilt from its events.")
    @APIResponse(
            responseCode = "200",
            description = "The cycle",
            content = @Content(schema = @Schema(implementation = ParpCycleDocument.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The cycle's version",
                            schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Response> get(
            @PathParam("id") UUID id,
            @QueryParam("minVersion") @Min(0) Long minVersion,
            @QueryParam("asOf") @PlausibleDate Instant asOf,
            @QueryParam("atVersion") @Min(0) Long atVersion) {
        return reader.read(id, minVersion, asOf, atVersion);
    }

    @Operation(
            summary = "Read the history of a PARP cycle",
            description =
                    "Every event of the cycle with who (actor, role, nation), when and why; asOf cuts it at an instant.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return reader.events(id, asOf);
    }

    @Operation(
            summary = "Print the package of goals",
            description =
                    "The cycle's partnership goals with their negotiation and status as a printable HTML page under the classification banner; asOf for a past state.")
    @GET
    @Path("/{id}/package.html")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<String> html(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return reader.nowOrAsOf(id, asOf).map(ParpPackageHtml::render);
    }
}
