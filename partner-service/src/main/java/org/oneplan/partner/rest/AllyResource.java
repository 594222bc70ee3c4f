package org.oneplan.partner.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.partner.api.AllyView;
import org.oneplan.partner.api.NationIds;
import org.oneplan.partner.api.PartnerCommands.AdmitAllyCommand;
import org.oneplan.partner.api.PartnerRequests;
import org.oneplan.partner.query.PartnerQueries;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.validation.PlausibleDate;

/** The Allies, by accession date: the roster on any day is who may break silence on that day. */
@Tag(name = "Allies", description = "The Allies by accession date: who may break silence on a given day")
@Path("/allies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllyResource {

    private final Commands commands;
    private final PartnerQueries queries;
    private final Clock clock;

    AllyResource(Commands commands, PartnerQueries queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(
            summary = "Admit an Ally",
            description = "Admits an Ally nation with its accession date; from that date it is on the roster.")
    @APIResponse(responseCode = "201", description = "The Ally is admitted; Location names it")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response admit(@Valid @NotNull PartnerRequests.AdmitAlly request) {
        UUID id = NationIds.ally(request.code());
        commands.send(new AdmitAllyCommand(id, request.code(), request.name(), request.accessionDate()));
        return CommandAccepted.created(URI.create("/allies/" + request.code()), id, 0);
    }

    /** The roster on {@code on} (default today). */
    @Operation(
            summary = "Read the roster of Allies",
            description = "The Allies on a given day (default today), who may break silence on that day.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<AllyView>> roster(@QueryParam("on") @PlausibleDate LocalDate on) {
        return queries.alliesOn(on != null ? on : LocalDate.now(clock));
    }
}
