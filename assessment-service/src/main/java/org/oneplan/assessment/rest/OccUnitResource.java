package org.oneplan.assessment.rest;

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
import org.oneplan.assessment.api.OccCommands;
import org.oneplan.assessment.api.OccCommands.DeclareOccUnitCommand;
import org.oneplan.assessment.api.OccRequests;
import org.oneplan.assessment.query.OccUnitDocument;
import org.oneplan.assessment.query.OccUnitQueries;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.PageRequest;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * Units in the OCC Evaluation and Feedback programme: declared by their partner's delegation (or staff for
 * it), read by staff, Allies and inspectors, and by that partner only.
 */
@Tag(name = "OCC units", description = "OCC Evaluation and Feedback: units, their evaluations, feedback and goals")
@Path("/occ-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OccUnitResource {

    private final Commands commands;
    private final OccUnitQueries queries;
    private final PartnerRecordReader<OccUnitDocument> reader;
    private final AccessPolicy access;
    private final CurrentActor actor;

    OccUnitResource(
            Commands commands,
            OccUnitQueries queries,
            PartnerRecordReader<OccUnitDocument> reader,
            AccessPolicy access,
            CurrentActor actor) {
        this.commands = commands;
        this.queries = queries;
        this.reader = reader;
        this.access = access;
        this.actor = actor;
    }

    @Operation(
            summary = "Declare a unit",
            description =
                    "A partner declares one of its units (land, maritime, air or special operations; name, size, the NATO capability it aims at) to OCC Evaluation and Feedback; its delegation for its own nation, or staff naming the partner. One unit of a name per partner, so a second declaration is a 409.")
    @APIResponse(responseCode = "201", description = "The unit is declared; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.PARTNER})
    public Response declare(@Valid @NotNull OccRequests.Declare request) {
        UUID id = OccCommands.idOf(request.partnerId(), request.name());
        String byNation = actor.get().isPartnerDelegation() ? actor.get().nation() : null;
        commands.send(new DeclareOccUnitCommand(
                id,
                request.partnerId(),
                byNation,
                request.domain(),
                request.name(),
                request.size(),
                request.capability()));
        return CommandAccepted.created(URI.create("/occ-units/" + id), id, 0);
    }

    @Operation(
            summary = "List OCC units",
            description =
                    "Lists the units the caller may see (a partner delegation: its own), filtered by partner code or domain, one page at a time.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<OccUnitDocument>> list(
            @QueryParam("partner") @PlainText(max = 10) String partnerCode,
            @QueryParam("domain") OccDomain domain,
            @Valid @BeanParam PageRequest paging) {
        if (!access.mayList(partnerCode)) {
            return Uni.createFrom().item(new Page<>(List.of(), paging.page, paging.size, 0));
        }
        return queries.list(
                new OccUnitQueries.Filter(access.nationFilter(partnerCode), domain), paging.page, paging.size);
    }

    @Operation(
            summary = "Read one OCC unit",
            description =
                    "The unit now (current level, the evaluation due next, each evaluation with its ratings, the linked ITPP goals, feedback) with its version as ETag; minVersion waits, bounded, for the read model; with asOf or atVersion, as it stood then.")
    @APIResponse(
            responseCode = "200",
            description = "The unit",
            content = @Content(schema = @Schema(implementation = OccUnitDocument.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The unit's version",
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
            summary = "Read the history of an OCC unit",
            description = "Every event of the unit with who (actor, role, nation), when and why; asOf cuts it.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return reader.events(id, asOf);
    }
}
