package org.oneplan.itpp.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.itpp.api.ItppCommands.AddGoalCommand;
import org.oneplan.itpp.api.ItppCommands.AddObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.DraftItppCommand;
import org.oneplan.itpp.api.ItppCommands.ReviseObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawGoalCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawObjectiveCommand;
import org.oneplan.itpp.api.ItppIds;
import org.oneplan.itpp.api.ItppRequests;
import org.oneplan.itpp.query.ItppDocument;
import org.oneplan.itpp.query.ItppQueries;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.PageRequest;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * ITPP documents: staff draft and edit outputs 1 and 2 and take them to approval; the partner delegation
 * of that nation reads its own ITPP and agrees it; Ally delegations read all and may break silence;
 * inspectors read. No one else's partner delegation sees an ITPP, not even in lists.
 */
@Tag(
        name = "ITPPs",
        description = "ITPP documents: drafting outputs 1 and 2, agreement and approval under the silence procedure")
@Path("/itpps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItppResource {

    private final Commands commands;
    private final ItppQueries queries;
    private final PartnerRecordReader<ItppDocument> reader;
    private final AccessPolicy access;

    ItppResource(
            Commands commands, ItppQueries queries, PartnerRecordReader<ItppDocument> reader, AccessPolicy access) {
        this.commands = commands;
        this.queries = queries;
        this.reader = reader;
        this.access = access;
    }

    @Operation(
            summary = "Draft an ITPP",
            description =
                    "Opens the draft ITPP of a partner for the cycle starting in a year; the id is derived from both, so a second draft for the same cycle is a 409.")
    @APIResponse(responseCode = "201", description = "The draft ITPP exists; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response draft(@Valid @NotNull ItppRequests.DraftItpp request) {
        UUID id = ItppIds.of(request.partnerId(), request.cycleStartYear());
        commands.send(new DraftItppCommand(id, request.partnerId(), request.cycleStartYear()));
        return CommandAccepted.created(URI.create("/itpps/" + id), id, 0);
    }

    @Operation(
            summary = "List ITPPs",
            description =
                    "Lists the ITPPs the caller may see, filtered by partner code, cycle start year or status, one page at a time.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<ItppDocument>> list(
            @QueryParam("partner") @PlainText(max = 10) String partnerCode,
            @QueryParam("cycle") @Min(PlausibleDate.EARLIEST_YEAR) @Max(PlausibleDate.LATEST_YEAR)
                    Integer cycleStartYear,
            @QueryParam("status") ItppStatus status,
            @Valid @BeanParam PageRequest paging) {
        if (!access.mayList(partnerCode)) {
            return Uni.createFrom().item(new Page<>(List.of(), paging.page, paging.size, 0));
        }
        return queries.list(
                new ItppQueries.Filter(access.nationFilter(partnerCode), cycleStartYear, status),
                paging.page,
                paging.size);
    }

    /**
     * The document now; {@code minVersion} waits (bounded) for the read model to reach it. With
     * {@code asOf} (an instant) or {@code atVersion}, the document as it stood then, rebuilt from events.
     */
    @Operation(
            summary = "Read one ITPP",
            description =
                    "The ITPP now, with its version as ETag (minVersion waits, bounded, for the read model); with asOf or atVersion, the text as it stood then, rebuilt from its events.")
    @APIResponse(
            responseCode = "200",
            description = "The ITPP",
            content = @Content(schema = @Schema(implementation = ItppDocument.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The ITPP's version",
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

    /** Every event of the ITPP with who, when and why; {@code asOf} cuts it at an instant. */
    @Operation(
            summary = "Read the history of an ITPP",
            description = "Every event of the ITPP with who, when and why; asOf cuts it at an instant.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return reader.events(id, asOf);
    }

    @Operation(summary = "Add an objective", description = "Adds an output-1 objective to a draft ITPP.")
    @APIResponse(responseCode = "201", description = "The objective is added; Location names it")
    @POST
    @Path("/{id}/objectives")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response addObjective(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.Objective request) {
        UUID objectiveId = UUID.randomUUID();
        Long version = commands.send(new AddObjectiveCommand(
                id,
                Versions.required(ifMatch),
                objectiveId,
                request.title(),
                request.description(),
                request.intendedOutcome()));
        return CommandAccepted.created(URI.create("/itpps/" + id + "/objectives/" + objectiveId), objectiveId, version);
    }

    @Operation(
            summary = "Revise an objective",
            description = "Changes the title, description or intended outcome of an objective of a draft ITPP.")
    @APIResponse(responseCode = "200", description = "The objective is revised")
    @PUT
    @Path("/{id}/objectives/{objectiveId}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response reviseObjective(
            @PathParam("id") UUID id,
            @PathParam("objectiveId") UUID objectiveId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.Objective request) {
        return CommandAccepted.ok(
                id,
                commands.send(new ReviseObjectiveCommand(
                        id,
                        Versions.required(ifMatch),
                        objectiveId,
                        request.title(),
                        request.description(),
                        request.intendedOutcome())));
    }

    @Operation(
            summary = "Withdraw an objective",
            description = "Removes an objective that no goal serves from a draft ITPP.")
    @APIResponse(responseCode = "200", description = "The objective is withdrawn")
    @DELETE
    @Path("/{id}/objectives/{objectiveId}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response withdrawObjective(
            @PathParam("id") UUID id,
            @PathParam("objectiveId") UUID objectiveId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(
                id, commands.send(new WithdrawObjectiveCommand(id, Versions.required(ifMatch), objectiveId)));
    }

    @Operation(
            summary = "Add a partnership goal",
            description = "Adds an output-2 goal serving one or more objectives, with its milestones and indicators.")
    @APIResponse(responseCode = "201", description = "The goal is added; Location names it")
    @POST
    @Path("/{id}/goals")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response addGoal(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.Goal request) {
        UUID goalId = UUID.randomUUID();
        List<Milestone> milestones = request.milestones() == null
                ? List.of()
                : request.milestones().stream()
                        .map(m -> new Milestone(UUID.randomUUID(), m.description(), m.dueDate()))
                        .toList();
        List<Indicator> indicators = request.indicators() == null
                ? List.of()
                : request.indicators().stream()
                        .map(i -> new Indicator(
                                UUID.randomUUID(),
                                i.description(),
                                i.unit(),
                                i.baseline(),
                                i.baselineYear(),
                                i.target(),
                                i.targetYear(),
                                i.sexDisaggregated()))
                        .toList();
        Long version = commands.send(new AddGoalCommand(
                id,
                Versions.required(ifMatch),
                goalId,
                request.title(),
                request.expectedOutcome(),
                request.rationale(),
                request.objectiveIds(),
                milestones,
                indicators));
        return CommandAccepted.created(URI.create("/itpps/" + id + "/goals/" + goalId), goalId, version);
    }

    @Operation(summary = "Withdraw a partnership goal", description = "Removes a goal from a draft ITPP.")
    @APIResponse(responseCode = "200", description = "The goal is withdrawn")
    @DELETE
    @Path("/{id}/goals/{goalId}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response withdrawGoal(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(id, commands.send(new WithdrawGoalCommand(id, Versions.required(ifMatch), goalId)));
    }
}
