package org.oneplan.catalogue.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.catalogue.api.CatalogueCommands.BreakCatalogueSilenceCommand;
import org.oneplan.catalogue.api.CatalogueCommands.CirculateCatalogueCommand;
import org.oneplan.catalogue.api.CatalogueCommands.SubmitCatalogueCommand;
import org.oneplan.catalogue.api.CatalogueIds;
import org.oneplan.catalogue.api.CatalogueRequests;
import org.oneplan.catalogue.query.AnnualCatalogueDocument;
import org.oneplan.catalogue.query.CatalogueQueries;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.partners.KnownPartners;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.ProblemException;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/**
 * A year's catalogue, published as a whole: staff submit it with the events approved for it, circulate it
 * to the Allies under silence; any Ally may break silence with a reason; when the silence passes it is
 * published.
 */
@Tag(name = "Annual catalogue", description = "Publication of a year's catalogue under the Allies' silence procedure")
@Path("/catalogues/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnnualCatalogueResource {

    private final Commands commands;
    private final CatalogueQueries queries;
    private final CurrentActor actor;
    private final Clock clock;
    private final KnownPartners directory;
    private final ReferenceHistory history;

    AnnualCatalogueResource(
            Commands commands,
            CatalogueQueries queries,
            CurrentActor actor,
            Clock clock,
            KnownPartners directory,
            ReferenceHistory history) {
        this.history = history;
        this.commands = commands;
        this.queries = queries;
        this.actor = actor;
        this.clock = clock;
        this.directory = directory;
    }

    @Operation(
            summary = "Submit the year's catalogue",
            description =
                    "Puts the year's catalogue on its way to the Allies, listing the events approved for that year now (as the read model knows them). Again after an objection, it lists the events approved by then. 422 catalogue-empty with nothing approved; catalogue-not-in-draft while on its way; catalogue-approved once published.")
    @APIResponse(responseCode = "200", description = "The catalogue is submitted")
    @POST
    @Path("/submission")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response submit(@PathParam("year") @Min(2000) @Max(2100) int year) {
        UUID id = CatalogueIds.catalogue(year);
        return CommandAccepted.ok(id, commands.send(new SubmitCatalogueCommand(id, year)));
    }

    @Operation(
            summary = "Circulate the catalogue under silence",
            description =
                    "Circulates the submitted catalogue to the Allies on today's roster under the silence procedure, ending at silenceEnds.")
    @APIResponse(responseCode = "200", description = "The catalogue is in circulation")
    @POST
    @Path("/circulation")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response circulate(
            @PathParam("year") @Min(2000) @Max(2100) int year,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull CatalogueRequests.Circulate request) {
        UUID id = CatalogueIds.catalogue(year);
        return CommandAccepted.ok(
                id,
                commands.send(new CirculateCatalogueCommand(
                        id,
                        Versions.required(ifMatch),
                        request.silenceEnds(),
                        directory.alliesOn(LocalDate.now(clock)),
                        clock.instant())));
    }

    @Operation(
            summary = "Break silence with an objection",
            description =
                    "An Ally delegation on the roster breaks silence with a stated reason: the catalogue is a draft again.")
    @APIResponse(responseCode = "200", description = "The objection is recorded")
    @POST
    @Path("/objections")
    @RolesAllowed(Roles.ALLY)
    public Response breakSilence(
            @PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull CatalogueRequests.Reason request) {
        // No If-Match on purpose: the text under circulation cannot change meanwhile, and the first objection
        // breaks silence while later ones are refused, so none is lost.
        UUID id = CatalogueIds.catalogue(year);
        return CommandAccepted.ok(
                id,
                commands.send(
                        new BreakCatalogueSilenceCommand(id, actor.get().nation(), request.reason(), clock.instant()),
                        request.reason()));
    }

    @Operation(
            summary = "Read the year's catalogue",
            description =
                    "Where the year's catalogue stands (draft, submitted, circulated, published), the events it lists, the silence's end and objections, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            content = @Content(schema = @Schema(implementation = AnnualCatalogueDocument.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The catalogue's version",
                            schema = @Schema(type = SchemaType.STRING)))
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Response> get(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return queries.catalogue(year).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("Catalogue " + year);
            }
            return Response.ok(found).tag(Versions.etag(found.version())).build();
        });
    }

    @Operation(
            summary = "Read the history of the year's catalogue",
            description = "Every event of the catalogue with who, when and why.")
    @GET
    @Path("/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return history.of("Catalogue " + year, CatalogueIds.catalogue(year));
    }
}
