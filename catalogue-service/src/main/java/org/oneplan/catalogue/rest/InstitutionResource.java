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
import org.oneplan.catalogue.api.CatalogueCommands.ChangeInstitutionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.RegisterInstitutionCommand;
import org.oneplan.catalogue.api.CatalogueIds;
import org.oneplan.catalogue.api.CatalogueRequests;
import org.oneplan.catalogue.query.CatalogueQueries;
import org.oneplan.catalogue.query.InstitutionDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/** The offering institutions (NATO bodies, national schools, PTECs): reference data administrators keep, everyone reads. */
@Tag(name = "Offering institutions", description = "Who offers the catalogue's events")
@Path("/offering-institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionResource {

    private final Commands commands;
    private final CatalogueQueries queries;
    private final ReferenceHistory history;

    InstitutionResource(Commands commands, CatalogueQueries queries, ReferenceHistory history) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
    }

    @Operation(
            summary = "Register an offering institution",
            description =
                    "Registers a NATO body (nation NATO), national school or PTEC with its nation; the id derives from the name, so a second registration is a 409.")
    @APIResponse(responseCode = "201", description = "The institution is registered; Location names it")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response register(@Valid @NotNull CatalogueRequests.Institution request) {
        UUID id = CatalogueIds.institution(request.name());
        commands.send(new RegisterInstitutionCommand(id, request.name(), request.kind(), request.nation()));
        return CommandAccepted.created(URI.create("/offering-institutions/" + id), id, 0);
    }

    @Operation(
            summary = "Correct an offering institution",
            description = "Replaces the institution's name, kind and nation.")
    @APIResponse(responseCode = "200", description = "The institution as changed")
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response change(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull CatalogueRequests.Institution request) {
        return CommandAccepted.ok(
                id,
                commands.send(new ChangeInstitutionCommand(
                        id, Versions.required(ifMatch), request.name(), request.kind(), request.nation())));
    }

    @Operation(summary = "List the offering institutions", description = "Every offering institution, by name.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<InstitutionDocument>> list() {
        return queries.institutions();
    }

    @Operation(
            summary = "Read the history of an offering institution",
            description = "Every event of the institution with who, when and why.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return history.of("Offering institution", id);
    }
}
