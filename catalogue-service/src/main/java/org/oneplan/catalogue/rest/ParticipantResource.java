package org.oneplan.catalogue.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.catalogue.api.CatalogueRequests;
import org.oneplan.catalogue.api.ParticipantCommands.CorrectParticipantCommand;
import org.oneplan.catalogue.api.ParticipantCommands.EraseParticipantCommand;
import org.oneplan.catalogue.api.ParticipantCommands.RegisterParticipantCommand;
import org.oneplan.catalogue.api.ParticipantRequests;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.PageRequest;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/**
 * The participant registry: the people a nation may nominate. Their details are sealed with a key of their
 * own before anything is stored; erasure destroys the key.
 */
@Tag(name = "Participants", description = "People a nation registers to nominate; personal data sealed per person")
@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final Commands commands;
    private final ParticipantReaders readers;
    private final Offerers offerers;
    private final EventHistory history;
    private final Clock clock;

    ParticipantResource(
            Commands commands, ParticipantReaders readers, Offerers offerers, EventHistory history, Clock clock) {
        this.commands = commands;
        this.readers = readers;
        this.offerers = offerers;
        this.history = history;
        this.clock = clock;
    }

    @Operation(
            summary = "Register a participant",
            description =
                    "A delegation registers a person of its own nation (staff: of a NATO body, nation NATO): name, rank, position, email, date of birth, sex. The details are sealed with the person's own key; events and the topic carry only the ciphertext. 422 participant-already-registered (the nation registered this email already; the detail names the participant).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the participant")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.PARTNER})
    public Response register(@Valid @NotNull ParticipantRequests.Details request) {
        UUID id = UUID.randomUUID();
        commands.send(new RegisterParticipantCommand(id, offerers.offeringNation(), request.toDetails()));
        return CommandAccepted.created(URI.create("/participants/" + id), id, 0);
    }

    @Operation(
            summary = "List participants",
            description =
                    "A page of participants: a delegation its own nation's only; staff, administrators and inspectors any nation's (nation filters). Inspectors see no personal data.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INSPECTOR, Roles.ALLY, Roles.PARTNER})
    public Uni<Page<ParticipantView>> list(
            @QueryParam("nation") @Pattern(regexp = "^([A-Z]{3}|NATO)$") String nation,
            @Valid @BeanParam PageRequest paging) {
        return readers.list(nation, paging.page, paging.size);
    }

    @Operation(
            summary = "Read a participant",
            description =
                    "The participant with their details (the registering nation's delegation, staff, administrators), without them (inspectors), or as erased. Another nation's delegation is told it does not exist. minVersion waits, bounded, for the read model.")
    @APIResponse(
            responseCode = "200",
            description = "The participant",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The participant's version",
                            schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INSPECTOR, Roles.ALLY, Roles.PARTNER})
    public Uni<Response> get(@PathParam("id") UUID id, @QueryParam("minVersion") @Min(0) Long minVersion) {
        return readers.one(id, minVersion)
                .map(found ->
                        Response.ok(found).tag(Versions.etag(found.version())).build());
    }

    @Operation(
            summary = "Correct a participant's details",
            description =
                    "The registering nation (or staff) replaces the details in full (If-Match); sealed again with the same key. 422 participant-erased, not-the-registering-nation, participant-already-registered.")
    @APIResponse(responseCode = "200", description = "The participant's new version")
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.PARTNER})
    public Uni<Response> correct(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParticipantRequests.Details request) {
        long expected = Versions.required(ifMatch);
        return readers.changeable(id)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(visible -> CommandAccepted.ok(
                        id,
                        commands.send(new CorrectParticipantCommand(
                                id, expected, offerers.actingNation(), request.toDetails()))));
    }

    @Operation(
            summary = "Erase a participant",
            description =
                    "An administrator erases a person on request, with a reason (If-Match): their key is destroyed, so no stored or published copy of their details can be read again; counts and statistics by sex stay. Permanent; 422 participant-erased the second time.")
    @APIResponse(responseCode = "200", description = "Erased; the participant's new version")
    @POST
    @Path("/{id}/erasure")
    @RolesAllowed(Roles.ADMIN)
    public Response erase(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull CatalogueRequests.Reason request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new EraseParticipantCommand(id, Versions.required(ifMatch), clock.instant()),
                        request.reason()));
    }

    @Operation(
            summary = "Read the history of a participant",
            description =
                    "Every event of the participant with who, when and why; details appear only sealed. Visible as the participant is.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INSPECTOR, Roles.ALLY, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return readers.changeable(id)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(visible -> history.of(id.toString(), null));
    }
}
