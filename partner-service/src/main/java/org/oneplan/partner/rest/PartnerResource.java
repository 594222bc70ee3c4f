package org.oneplan.partner.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerStatus;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.partner.api.NationIds;
import org.oneplan.partner.api.PartnerCommands.EnrolInProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.JoinFrameworkCommand;
import org.oneplan.partner.api.PartnerCommands.LeaveFrameworkCommand;
import org.oneplan.partner.api.PartnerCommands.LeaveProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.RecordPredecessorProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.RegisterPartnerCommand;
import org.oneplan.partner.api.PartnerCommands.ReinstatePartnerCommand;
import org.oneplan.partner.api.PartnerCommands.SuspendPartnerCommand;
import org.oneplan.partner.api.PartnerCommands.UpdatePartnerDetailsCommand;
import org.oneplan.partner.api.PartnerRequests;
import org.oneplan.partner.query.PartnerQueries;
import org.oneplan.partner.query.PartnerView;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.projection.ReadModels;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.PageRequest;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * The partner directory. Staff and administrators change it; Allies, staff and inspectors read all of it;
 * a partner delegation reads only its own partner (any other is "not found", and absent from lists).
 */
@Tag(name = "Partners", description = "The partner directory: registration, frameworks, programmes, suspension")
@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private final Commands commands;
    private final PartnerQueries queries;
    private final EventHistory history;
    private final AccessPolicy access;
    private final Clock clock;
    private final OnePlanConfig config;

    PartnerResource(
            Commands commands,
            PartnerQueries queries,
            EventHistory history,
            AccessPolicy access,
            Clock clock,
            OnePlanConfig config) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.access = access;
        this.clock = clock;
        this.config = config;
    }

    @Operation(
            summary = "Register a partner",
            description =
                    "Registers a partner nation or organisation under its code; the id is derived from the code, so registering the same code twice is a 409.")
    @APIResponse(responseCode = "201", description = "The partner is registered; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response register(@Valid @NotNull PartnerRequests.RegisterPartner request) {
        UUID id = NationIds.partner(request.code());
        commands.send(new RegisterPartnerCommand(
                id,
                request.code(),
                request.name(),
                request.kind(),
                request.frameworks(),
                request.membershipActionPlan(),
                orToday(request.registeredOn())));
        return CommandAccepted.created(URI.create("/partners/" + id), id, 0);
    }

    @Operation(
            summary = "List partners",
            description =
                    "Lists the partners the caller may see, filtered by framework, status or programme, one page at a time.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<PartnerView>> list(
            @QueryParam("framework") Framework framework,
            @QueryParam("status") PartnerStatus status,
            @QueryParam("programme") Programme programme,
            @Valid @BeanParam PageRequest paging) {
        return queries.list(
                new PartnerQueries.Filter(framework, status, programme, access.nationFilter(null)),
                paging.page,
                paging.size);
    }

    /** {@code minVersion}: wait (bounded) until the read model shows at least that version. */
    @Operation(
            summary = "Read one partner",
            description =
                    "The partner as the read model shows it, with its version as ETag; minVersion waits (bounded) until the read model has reached that version.")
    @APIResponse(
            responseCode = "200",
            description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The partner's version",
                            schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Response> get(@PathParam("id") UUID id, @QueryParam("minVersion") @Min(0) Long minVersion) {
        Uni<PartnerView> read = minVersion == null
                ? queries.find(id)
                : ReadModels.awaitUntil(
                        () -> queries.find(id),
                        partner -> partner != null && partner.version() >= minVersion,
                        config.projections().maxWait());
        return read.map(partner -> access.visibleOrNotFound(partner, PartnerView::code, "Partner " + id))
                .map(partner -> Response.ok(partner)
                        .tag(Versions.etag(partner.version()))
                        .build());
    }

    /** Every event of the partner with who, when and why; {@code asOf} cuts it at an instant. */
    @Operation(
            summary = "Read the history of a partner",
            description = "Every event of the partner with who, when and why; asOf cuts it at an instant.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public List<HistoryEntry> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        List<HistoryEntry> entries = history.of(id.toString(), asOf);
        return access.visibleOrNotFound(
                entries.isEmpty() ? null : entries, PartnerResource::registeredCode, "Partner " + id);
    }

    @Operation(
            summary = "Update the details of a partner",
            description = "Changes the partner's name and Membership Action Plan flag.")
    @APIResponse(responseCode = "200", description = "The details are changed")
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull PartnerRequests.UpdatePartner request) {
        return CommandAccepted.ok(
                id,
                commands.send(new UpdatePartnerDetailsCommand(
                        id, Versions.required(ifMatch), request.name(), request.membershipActionPlan())));
    }

    @Operation(
            summary = "Join a partnership framework",
            description = "Records that the partner joined a partnership framework on a date (default today).")
    @APIResponse(responseCode = "200", description = "The partner is in the framework")
    @POST
    @Path("/{id}/frameworks")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response joinFramework(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull PartnerRequests.JoinFramework request) {
        return CommandAccepted.ok(
                id,
                commands.send(new JoinFrameworkCommand(
                        id, Versions.required(ifMatch), request.framework(), orToday(request.since()))));
    }

    @Operation(
            summary = "Leave a partnership framework",
            description = "Records that the partner left a partnership framework on a date (default today).")
    @APIResponse(responseCode = "200", description = "The partner left the framework")
    @DELETE
    @Path("/{id}/frameworks/{framework}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response leaveFramework(
            @PathParam("id") UUID id,
            @PathParam("framework") Framework framework,
            @QueryParam("on") @PlausibleDate LocalDate on,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(
                id, commands.send(new LeaveFrameworkCommand(id, Versions.required(ifMatch), framework, orToday(on))));
    }

    @Operation(
            summary = "Suspend a partner",
            description =
                    "Suspends the partner with a stated reason; commands that name a suspended partner are refused.")
    @APIResponse(responseCode = "200", description = "The partner is suspended")
    @POST
    @Path("/{id}/suspension")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response suspend(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull PartnerRequests.Suspend request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new SuspendPartnerCommand(
                                id, Versions.required(ifMatch), request.reason(), orToday(request.effectiveOn())),
                        request.reason()));
    }

    @Operation(
            summary = "Reinstate a suspended partner",
            description = "Ends the suspension of a partner with a stated reason.")
    @APIResponse(responseCode = "200", description = "The partner is reinstated")
    @POST
    @Path("/{id}/reinstatement")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response reinstate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull PartnerRequests.Reinstate request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new ReinstatePartnerCommand(
                                id, Versions.required(ifMatch), request.reason(), orToday(request.effectiveOn())),
                        request.reason()));
    }

    @Operation(
            summary = "Enrol a partner in a programme",
            description =
                    "Enrols the partner in a programme (e.g. PARP), with the North Atlantic Council decision where the programme needs one.")
    @APIResponse(responseCode = "200", description = "The partner is enrolled")
    @POST
    @Path("/{id}/programmes")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response enrol(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull PartnerRequests.EnrolInProgramme request) {
        return CommandAccepted.ok(
                id,
                commands.send(new EnrolInProgrammeCommand(
                        id,
                        Versions.required(ifMatch),
                        request.programme(),
                        orToday(request.since()),
                        request.nacDecision() == null
                                ? null
                                : request.nacDecision().toDecision())));
    }

    @Operation(
            summary = "Leave a programme",
            description = "Records that the partner left a programme on a date (default today).")
    @APIResponse(responseCode = "200", description = "The partner left the programme")
    @DELETE
    @Path("/{id}/programmes/{programme}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response leaveProgramme(
            @PathParam("id") UUID id,
            @PathParam("programme") Programme programme,
            @QueryParam("on") @PlausibleDate LocalDate on,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(
                id, commands.send(new LeaveProgrammeCommand(id, Versions.required(ifMatch), programme, orToday(on))));
    }

    @Operation(
            summary = "Record a predecessor programme",
            description = "Records a programme the partner took part in before the current ones, with its period.")
    @APIResponse(responseCode = "200", description = "The predecessor programme is recorded")
    @POST
    @Path("/{id}/predecessor-programmes")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recordPredecessor(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull PartnerRequests.RecordPredecessorProgramme request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RecordPredecessorProgrammeCommand(
                        id, Versions.required(ifMatch), request.programme(), request.from(), request.until())));
    }

    /** The partner's code, from the registration that opens its history. */
    private static String registeredCode(List<HistoryEntry> entries) {
        return entries.get(0).data() instanceof PartnerRegisteredEvent registered ? registered.code() : null;
    }

    private LocalDate orToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }
}
