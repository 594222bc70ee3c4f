package org.oneplan.catalogue.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.catalogue.api.CatalogueCommands.ChangeDisciplineCommand;
import org.oneplan.catalogue.api.CatalogueCommands.DefineDisciplineCommand;
import org.oneplan.catalogue.api.CatalogueIds;
import org.oneplan.catalogue.api.CatalogueRequests;
import org.oneplan.catalogue.query.CatalogueQueries;
import org.oneplan.catalogue.query.DisciplineDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/** The disciplines (areas of cooperation): reference data administrators keep as events, everyone reads. */
@Tag(name = "Disciplines", description = "The catalogue's areas of cooperation")
@Path("/disciplines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisciplineResource {

    private final Commands commands;
    private final CatalogueQueries queries;
    private final ReferenceHistory history;

    DisciplineResource(Commands commands, CatalogueQueries queries, ReferenceHistory history) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
    }

    @Operation(
            summary = "Define a discipline",
            description =
                    "Defines a discipline by its code (fixed; the id derives from it, so a second definition is a 409), name and whether contributions may name it.")
    @APIResponse(responseCode = "201", description = "The discipline is defined; Location names it")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response define(@Valid @NotNull CatalogueRequests.DefineDiscipline request) {
        UUID id = CatalogueIds.discipline(request.code());
        commands.send(new DefineDisciplineCommand(id, request.code(), request.name(), request.active()));
        return CommandAccepted.created(URI.create("/disciplines/" + id), id, 0);
    }

    @Operation(
            summary = "Rename a discipline or close it",
            description =
                    "Replaces the discipline's name and whether new contributions may name it; events already offered keep it.")
    @APIResponse(responseCode = "200", description = "The discipline as changed")
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response change(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull CatalogueRequests.ChangeDiscipline request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new ChangeDisciplineCommand(id, Versions.required(ifMatch), request.name(), request.active())));
    }

    @Operation(summary = "List the disciplines", description = "Every discipline, by code, active or not.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<DisciplineDocument>> list() {
        return queries.disciplines();
    }

    @Operation(
            summary = "Read the history of a discipline",
            description = "Every event of the discipline with who, when and why.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return history.of("Discipline", id);
    }
}
