package org.oneplan.itpp.rest;

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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.itpp.api.ItppCommands.OpenAmendmentCommand;
import org.oneplan.itpp.api.ItppCommands.RenewItppCommand;
import org.oneplan.itpp.api.ItppCommands.Renewed;
import org.oneplan.itpp.api.ItppRequests;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/** Changing an approved ITPP (amendments) and moving on to the next cycle (renewal). */
@Tag(name = "ITPP cycles", description = "Amendments of an approved ITPP and renewal for the next cycle")
@Path("/itpps/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ItppCycleResource {

    private final Commands commands;

    ItppCycleResource(Commands commands) {
        this.commands = commands;
    }

    /** Opens an amendment of the approved text after the mid-term; it goes to approval like the original. */
    @Operation(
            summary = "Open an amendment",
            description =
                    "Opens an amendment of the approved text after the mid-term assessment; it goes to approval like the original.")
    @APIResponse(responseCode = "200", description = "The amendment is open")
    @POST
    @Path("/amendments")
    public Response openAmendment(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.Amendment request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new OpenAmendmentCommand(id, Versions.required(ifMatch), request.reason()), request.reason()));
    }

    /**
     * Drafts the next cycle's ITPP for the same partner, carrying over the chosen goals and the objectives
     * they serve; the write side decides from what the previous ITPP recorded.
     */
    @Operation(
            summary = "Renew an ITPP for the next cycle",
            description =
                    "Drafts the next cycle's ITPP for the same partner, carrying over the chosen goals and the objectives they serve.")
    @APIResponse(responseCode = "201", description = "The next cycle's draft exists; Location names it")
    @POST
    @Path("/renewal")
    public Response renew(@PathParam("id") UUID id, @Valid @NotNull ItppRequests.Renewal request) {
        Renewed renewed = commands.send(new RenewItppCommand(id, request.goalIds()));
        return CommandAccepted.created(URI.create("/itpps/" + renewed.itppId()), renewed.itppId(), renewed.version());
    }
}
