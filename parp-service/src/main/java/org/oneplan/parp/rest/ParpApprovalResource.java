package org.oneplan.parp.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.parp.api.ParpCommands.AgreeParpPackageCommand;
import org.oneplan.parp.api.ParpCommands.BreakParpSilenceCommand;
import org.oneplan.parp.api.ParpCommands.CirculateParpPackageCommand;
import org.oneplan.parp.api.ParpCommands.SubmitParpPackageCommand;
import org.oneplan.parp.api.ParpRequests;
import org.oneplan.parp.query.ParpCycleDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.partners.KnownPartners;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/**
 * The package's way to approval: staff submit it once every goal is agreed, the partner delegation agrees
 * the whole, staff circulate it to the Allies under silence, and any Ally may break silence with a reason.
 */
@Tag(name = "PARP package approval", description = "Submission, partner agreement and the silence procedure")
@Path("/parp-cycles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParpApprovalResource {

    private final Commands commands;
    private final PartnerRecordReader<ParpCycleDocument> reader;
    private final CurrentActor actor;
    private final Clock clock;
    private final KnownPartners directory;

    ParpApprovalResource(
            Commands commands,
            PartnerRecordReader<ParpCycleDocument> reader,
            CurrentActor actor,
            Clock clock,
            KnownPartners directory) {
        this.commands = commands;
        this.reader = reader;
        this.actor = actor;
        this.clock = clock;
        this.directory = directory;
    }

    @Operation(
            summary = "Submit the package to the partner",
            description =
                    "Puts the whole package to the partner for agreement; every goal must be agreed as it stands.")
    @APIResponse(responseCode = "200", description = "The package is submitted")
    @POST
    @Path("/submission")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response submit(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(id, commands.send(new SubmitParpPackageCommand(id, Versions.required(ifMatch))));
    }

    @Operation(
            summary = "Record the partner's agreement of the package",
            description = "The partner delegation of the cycle's nation agrees the submitted package as a whole.")
    @APIResponse(responseCode = "200", description = "The agreement is recorded")
    @POST
    @Path("/partner-agreement")
    @RolesAllowed(Roles.PARTNER)
    public Response agree(@PathParam("id") UUID id) {
        // No If-Match on purpose: the submitted package cannot change until approved or back in negotiation,
        // and agreeing twice changes nothing; a version would only add conflicts.
        reader.requireVisible(id);
        return CommandAccepted.ok(
                id, commands.send(new AgreeParpPackageCommand(id, actor.get().nation())));
    }

    @Operation(
            summary = "Circulate the package under silence",
            description =
                    "Circulates the agreed package to the Allies on today's roster under the silence procedure, ending at silenceEnds.")
    @APIResponse(responseCode = "200", description = "The package is in circulation")
    @POST
    @Path("/circulation")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response circulate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.Circulate request) {
        return CommandAccepted.ok(
                id,
                commands.send(new CirculateParpPackageCommand(
                        id,
                        Versions.required(ifMatch),
                        request.silenceEnds(),
                        directory.alliesOn(LocalDate.now(clock)),
                        clock.instant())));
    }

    @Operation(
            summary = "Break silence with an objection",
            description =
                    "An Ally delegation breaks silence with a stated reason: the procedure fails and the package returns to negotiation.")
    @APIResponse(responseCode = "200", description = "The objection is recorded")
    @POST
    @Path("/objections")
    @RolesAllowed(Roles.ALLY)
    public Response breakSilence(@PathParam("id") UUID id, @Valid @NotNull ParpRequests.Objection request) {
        // No If-Match on purpose: an objection is an Ally's act on the package under circulation, which cannot
        // change meanwhile; the first objection breaks silence and later ones are refused, so none is lost.
        return CommandAccepted.ok(
                id,
                commands.send(
                        new BreakParpSilenceCommand(id, actor.get().nation(), request.reason(), clock.instant()),
                        request.reason()));
    }
}
