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
import org.oneplan.assessment.api.ParpAssessmentCommands.OpenParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentIds;
import org.oneplan.assessment.api.ParpAssessmentRequests;
import org.oneplan.assessment.query.AssessmentStatus;
import org.oneplan.assessment.query.ParpAssessmentDocument;
import org.oneplan.assessment.query.ParpAssessmentQueries;
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

/**
 * PARP assessments: opened by staff for a PARP cycle and review year, read by staff, Allies and inspectors,
 * and by the partner delegation of that nation once consulted on the text.
 */
@Tag(name = "PARP assessments", description = "PARP assessments: opening, reading now and as of the past, history")
@Path("/parp-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParpAssessmentResource {

    private final Commands commands;
    private final ParpAssessmentQueries queries;
    private final PartnerRecordReader<ParpAssessmentDocument> reader;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final ConsultedPartner consulted;

    ParpAssessmentResource(
            Commands commands,
            ParpAssessmentQueries queries,
            PartnerRecordReader<ParpAssessmentDocument> reader,
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
            summary = "Open a PARP assessment",
            description =
                    "Opens revision 1 of the assessment of a PARP cycle this service knows for a review year of the cycle, pre-filled with the cycle's approved goals and the implementation status last recorded on each. One per cycle and review year: a second opening is a 409. Nothing opens by itself: staff open it when the review is due.")
    @APIResponse(responseCode = "201", description = "The assessment is open; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response open(@Valid @NotNull ParpAssessmentRequests.Open request) {
        UUID id = ParpAssessmentIds.of(request.parpCycleId(), request.reviewYear(), 1);
        commands.send(new OpenParpAssessmentCommand(id, request.parpCycleId(), request.reviewYear()));
        return CommandAccepted.created(URI.create("/parp-assessments/" + id), id, 0);
    }

    @Operation(
            summary = "List PARP assessments",
            description =
                    "Lists the PARP assessments the caller may see (a partner delegation: its own, once consulted), filtered by partner code, PARP cycle, ITPP, review year or status, one page at a time.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<ParpAssessmentDocument>> list(
            @QueryParam("partner") @PlainText(max = 10) String partnerCode,
            @QueryParam("parpCycle") UUID parpCycleId,
            @QueryParam("itpp") UUID itppId,
            @QueryParam("reviewYear") @Min(2000) @Max(2100) Integer reviewYear,
            @QueryParam("status") AssessmentStatus status,
            @Valid @BeanParam PageRequest paging) {
        if (!access.mayList(partnerCode)) {
            return Uni.createFrom().item(new Page<>(List.of(), paging.page, paging.size, 0));
        }
        return queries.list(
                new ParpAssessmentQueries.Filter(
                        access.nationFilter(partnerCode),
                        parpCycleId,
                        itppId,
                        reviewYear,
                        status,
                        actor.get().isPartnerDelegation()),
                paging.page,
                paging.size);
    }

    @Operation(
            summary = "Read one PARP assessment",
            description =
                    "The assessment now (each goal's reported and assessed status, rating, the overall assessment, the partner's comments, approval), with its version as ETag; minVersion waits, bounded, for the read model; with asOf or atVersion, as it stood then.")
    @APIResponse(
            responseCode = "200",
            description = "The PARP assessment",
            content = @Content(schema = @Schema(implementation = ParpAssessmentDocument.class)),
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
        return reader.read(id, minVersion, asOf, atVersion, consulted::mayReadParp);
    }

    @Operation(
            summary = "Read the history of a PARP assessment",
            description =
                    "Every event of the assessment with who, when and why; asOf cuts it at an instant. A partner delegation reads it once consulted.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return reader.events(id, asOf, consulted::mayReadParp);
    }
}
