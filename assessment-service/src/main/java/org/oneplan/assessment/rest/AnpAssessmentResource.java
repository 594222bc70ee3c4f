package org.oneplan.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.oneplan.assessment.api.AnpAssessmentCommands;
import org.oneplan.assessment.api.AnpAssessmentCommands.OpenAnpAssessmentCommand;
import org.oneplan.assessment.api.AnpAssessmentRequests;
import org.oneplan.assessment.query.AnpAssessmentDocument;
import org.oneplan.assessment.query.AnpAssessmentQueries;
import org.oneplan.assessment.query.AssessmentStatus;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.PageRequest;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/** ANP annual assessments: opened by staff for a submitted ANP, read by all, by the partner once consulted. */
@Tag(name = "ANP assessments", description = "Annual assessments of MAP countries' ANPs: opening, reading, history")
@Path("/anp-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnpAssessmentResource {

    private final Commands commands;
    private final AnpAssessmentQueries queries;
    private final PartnerRecordReader<AnpAssessmentDocument> reader;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final ConsultedPartner consulted;

    AnpAssessmentResource(
            Commands commands,
            AnpAssessmentQueries queries,
            PartnerRecordReader<AnpAssessmentDocument> reader,
            AccessPolicy access,
            CurrentActor actor,
            ConsultedPartner consulted) {
        this.commands = commands;
        this.queries = queries;
        this.reader = reader;
        this.access = access;
        this.actor = actor;
        this.consulted = consulted;
    }

    @Operation(
            summary = "Open an ANP assessment",
            description =
                    "Opens the annual assessment of an ANP this service knows and the partner has submitted, with its five chapters to assess. One per ANP: a second opening is a 409.")
    @APIResponse(responseCode = "201", description = "The assessment is open; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response open(@Valid @NotNull AnpAssessmentRequests.Open request) {
        UUID id = AnpAssessmentCommands.idOf(request.anpId());
        commands.send(new OpenAnpAssessmentCommand(id, request.anpId()));
        return CommandAccepted.created(URI.create("/anp-assessments/" + id), id, 0);
    }

    @Operation(
            summary = "List ANP assessments",
            description =
                    "Lists the ANP assessments the caller may see (a partner delegation: its own, once consulted), filtered by partner code, year or status, one page at a time.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<AnpAssessmentDocument>> list(
            @QueryParam("partner") @PlainText(max = 10) String partnerCode,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") AssessmentStatus status,
            @Valid @BeanParam PageRequest paging) {
        if (!access.mayList(partnerCode)) {
            return Uni.createFrom().item(new Page<>(List.of(), paging.page, paging.size, 0));
        }
        return queries.list(
                new AnpAssessmentQueries.Filter(
                        access.nationFilter(partnerCode),
                        year,
                        status,
                        actor.get().isPartnerDelegation()),
                paging.page,
                paging.size);
    }

    @Operation(
            summary = "Read one ANP assessment",
            description =
                    "The assessment now (each chapter's assessment, the Allies' agreement, the Council's discussion), with its version as ETag; minVersion waits, bounded, for the read model; with asOf or atVersion, as it stood then.")
    @APIResponse(
            responseCode = "200",
            description = "The ANP assessment",
            content = @Content(schema = @Schema(implementation = AnpAssessmentDocument.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The assessment's version",
                            schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Response> get(
            @PathParam("id") UUID id,
            @QueryParam("minVersion") @Min(0) Long minVersion,
            @QueryParam("asOf") @PlausibleDate Instant asOf,
            @QueryParam("atVersion") @Min(0) Long atVersion) {
        return reader.read(id, minVersion, asOf, atVersion, consulted::mayReadAnp);
    }

    @Operation(
            summary = "Read the history of an ANP assessment",
            description = "Every event of the assessment with who, when and why; asOf cuts it at an instant.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return reader.events(id, asOf, consulted::mayReadAnp);
    }
}
