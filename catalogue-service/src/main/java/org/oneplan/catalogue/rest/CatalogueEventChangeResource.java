package org.oneplan.catalogue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.catalogue.api.CatalogueCommands.AddIterationCommand;
import org.oneplan.catalogue.api.CatalogueCommands.ApproveContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.CancelContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.DeclineContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.ReviseContributionCommand;
import org.oneplan.catalogue.api.CatalogueIds;
import org.oneplan.catalogue.api.CatalogueRequests;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/**
 * Decisions on a contribution (staff approve or decline it) and the changes of an approved event (revision,
 * another iteration, cancellation) by staff or the offering nation; each a recorded event, each on If-Match.
 */
@Tag(name = "Catalogue event changes", description = "Approval, declining, revision, iterations, cancellation")
@Path("/catalogue-events/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueEventChangeResource {

    private final Commands commands;
    private final Offerers offerers;
    private final CatalogueReaders readers;
    private final Clock clock;

    CatalogueEventChangeResource(Commands commands, Offerers offerers, CatalogueReaders readers, Clock clock) {
        this.commands = commands;
        this.readers = readers;
        this.offerers = offerers;
        this.clock = clock;
    }

    @Operation(
            summary = "Approve a contribution",
            description =
                    "NATO staff approve a contribution awaiting a decision: it is an event of its year's catalogue. 422 contribution-not-pending once decided.")
    @APIResponse(responseCode = "200", description = "The event is approved")
    @POST
    @Path("/approval")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response approve(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(
                id, commands.send(new ApproveContributionCommand(id, Versions.required(ifMatch), clock.instant())));
    }

    @Operation(
            summary = "Decline a contribution",
            description =
                    "NATO staff decline a contribution awaiting a decision, saying why. 422 contribution-not-pending once decided.")
    @APIResponse(responseCode = "200", description = "The contribution is declined")
    @POST
    @Path("/declination")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response decline(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull CatalogueRequests.Reason request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new DeclineContributionCommand(id, Versions.required(ifMatch), request.reason()),
                        request.reason()));
    }

    @Operation(
            summary = "Revise an approved event",
            description =
                    "Staff or the offering nation replace the approved event's offer in full (iterations are added separately). 422 contribution-not-approved, contribution-cancelled, not-the-offering-nation, and the offer's own refusals.")
    @APIResponse(responseCode = "200", description = "The event as revised")
    @PUT
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.PARTNER})
    public Response revise(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull CatalogueRequests.Offer request) {
        readers.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(new ReviseContributionCommand(
                        id, Versions.required(ifMatch), offerers.actingNation(), request.toOffer())));
    }

    @Operation(
            summary = "Add an iteration to an approved event",
            description =
                    "Staff or the offering nation add one more run within the catalogue year. 422 iteration-exists for a second run starting the same day.")
    @APIResponse(responseCode = "200", description = "The iteration is added")
    @POST
    @Path("/iterations")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.PARTNER})
    public Response addIteration(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull CatalogueRequests.IterationDates request) {
        readers.requireVisible(id);
        Iteration iteration =
                new Iteration(CatalogueIds.iteration(id, request.start()), request.start(), request.end());
        return CommandAccepted.ok(
                id,
                commands.send(
                        new AddIterationCommand(id, Versions.required(ifMatch), offerers.actingNation(), iteration)));
    }

    @Operation(
            summary = "Cancel an approved event",
            description =
                    "Staff or the offering nation cancel the event, saying why; it stays in the catalogue as cancelled.")
    @APIResponse(responseCode = "200", description = "The event is cancelled")
    @POST
    @Path("/cancellation")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.PARTNER})
    public Response cancel(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull CatalogueRequests.Reason request) {
        readers.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(
                        new CancelContributionCommand(
                                id, Versions.required(ifMatch), offerers.actingNation(), request.reason()),
                        request.reason()));
    }
}
