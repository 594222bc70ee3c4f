package org.oneplan.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentByHandCommand;
import org.oneplan.assessment.api.AssessmentCommands.ReviseAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.Revised;
import org.oneplan.assessment.api.AssessmentIds;
import org.oneplan.assessment.api.AssessmentRequests;
import org.oneplan.assessment.query.AssessmentDocument;
import org.oneplan.assessment.query.AssessmentQueries;
import org.oneplan.assessment.query.AssessmentStatus;
import org.oneplan.contracts.assessment.AssessmentKind;
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
 * ITPP assessments: opened by the ITPP's calendar (year 2: the mid-term) or by staff, read by staff, Allies and
 * inspectors, and by the partner delegation of that nation once it is consulted on the text.
 */
@Tag(name = "Assessments", description = "ITPP assessments: opening, reading now and as of the past, history")
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final Commands commands;
    private final AssessmentQueries queries;
    private final PartnerRecordReader<AssessmentDocument> reader;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final ConsultedPartner consulted;

    AssessmentResource(
            Commands commands,
            AssessmentQueries queries,
            PartnerRecordReader<AssessmentDocument> reader,
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
            summary = "Open an assessment by hand",
            description =
                    "Opens the assessment of the given kind of an ITPP this service knows, pre-filled with its goals, milestones' progress and activities as known now; the id derives from ITPP and kind, so a second opening is a 409. The mid-term normally opens by itself when year 2 of the ITPP's cycle begins.")
    @APIResponse(responseCode = "201", description = "The assessment is open; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response open(@Valid @NotNull AssessmentRequests.OpenAssessment request) {
        UUID id = AssessmentIds.of(request.itppId(), request.kind());
        commands.send(new OpenItppAssessmentByHandCommand(id, request.itppId(), request.kind()));
        return CommandAccepted.created(URI.create("/assessments/" + id), id, 0);
    }

    @Operation(
            summary = "Correct an approved assessment",
            description =
                    "An approved assessment is frozen; a correction opens its next revision: a new draft over the same baseline (objectives and goals), rated, submitted and approved again like the first. The latest approved revision of a kind is the one the results framework reads; its approval acts on the ITPP as the first did. 422 assessment-not-approved for a draft; 409 when this revision has been revised already.")
    @APIResponse(responseCode = "201", description = "The revision is open; Location names it")
    @POST
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response revise(@PathParam("id") UUID id) {
        Revised revised = commands.send(new ReviseAssessmentCommand(id));
        return CommandAccepted.created(
                URI.create("/assessments/" + revised.assessmentId()), revised.assessmentId(), revised.version());
    }

    @Operation(
            summary = "List assessments",
            description =
                    "Lists the assessments the caller may see (a partner delegation: its own, once consulted), filtered by partner code, ITPP, kind or status, one page at a time.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<AssessmentDocument>> list(
            @QueryParam("partner") @PlainText(max = 10) String partnerCode,
            @QueryParam("itpp") UUID itppId,
            @QueryParam("kind") AssessmentKind kind,
            @QueryParam("status") AssessmentStatus status,
            @Valid @BeanParam PageRequest paging) {
        if (!access.mayList(partnerCode)) {
            return Uni.createFrom().item(new Page<>(List.of(), paging.page, paging.size, 0));
        }
        return queries.list(
                new AssessmentQueries.Filter(
                        access.nationFilter(partnerCode),
                        itppId,
                        kind,
                        status,
                        actor.get().isPartnerDelegation()),
                paging.page,
                paging.size);
    }

    @Operation(
            summary = "Read one assessment",
            description =
                    "The assessment now (each goal's baseline and rating, recommendations, the partner's comments, approval), with its version as ETag; minVersion waits, bounded, for the read model; with asOf or atVersion, as it stood then, rebuilt from its events.")
    @APIResponse(
            responseCode = "200",
            description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentDocument.class)),
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
        return reader.read(id, minVersion, asOf, atVersion, consulted::mayRead);
    }

    @Operation(
            summary = "Read the history of an assessment",
            description =
                    "Every event of the assessment with who (actor, role, nation), when and why; asOf cuts it at an instant. A partner delegation reads it once consulted.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        // A partner reads the history of a text it is consulted on now (the event store says so, not the
        // read model, which may lag a submission).
        return reader.events(id, asOf, consulted::mayRead);
    }
}
