package org.oneplan.assessment.rest;

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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.assessment.api.AssessmentRequests;
import org.oneplan.assessment.api.ParpAssessmentCommands.AssessParpGoalCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.CarriedGoal;
import org.oneplan.assessment.api.ParpAssessmentCommands.CommentParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.OpenParpAssessmentRevisionCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.WriteParpOverallCommand;
import org.oneplan.assessment.api.ParpAssessmentIds;
import org.oneplan.assessment.api.ParpAssessmentRequests;
import org.oneplan.assessment.query.AssessmentStatus;
import org.oneplan.assessment.query.ParpAssessmentDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/** The PARP assessment's text: staff assess the goals and write the overall; the partner comments; corrections. */
@Tag(name = "PARP assessment drafting", description = "Goal assessments, the overall assessment, comments, revisions")
@Path("/parp-assessments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParpAssessmentDraftingResource {

    private final Commands commands;
    private final PartnerRecordReader<ParpAssessmentDocument> reader;
    private final CurrentActor actor;
    private final ConsultedPartner consulted;

    ParpAssessmentDraftingResource(
            Commands commands,
            PartnerRecordReader<ParpAssessmentDocument> reader,
            CurrentActor actor,
            ConsultedPartner consulted) {
        this.commands = commands;
        this.reader = reader;
        this.actor = actor;
        this.consulted = consulted;
    }

    @Operation(
            summary = "Assess a PARP goal",
            description =
                    "Staff's implementation status and rating of one approved PARP goal of the assessment, with a justification; a draft only. Assessing it again replaces it.")
    @APIResponse(responseCode = "200", description = "The goal's assessment is recorded")
    @PUT
    @Path("/goals/{goalId}/assessment")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response assess(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpAssessmentRequests.GoalAssessment request) {
        return CommandAccepted.ok(
                id,
                commands.send(new AssessParpGoalCommand(
                        id,
                        Versions.required(ifMatch),
                        goalId,
                        request.status(),
                        request.rating(),
                        request.justification())));
    }

    @Operation(
            summary = "Write the overall assessment",
            description = "The overall assessment of the cycle's progress, in full; a draft only.")
    @APIResponse(responseCode = "200", description = "The overall assessment is recorded")
    @PUT
    @Path("/overall")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response overall(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpAssessmentRequests.Overall request) {
        return CommandAccepted.ok(
                id, commands.send(new WriteParpOverallCommand(id, Versions.required(ifMatch), request.text())));
    }

    @Operation(
            summary = "Comment as the consulted partner",
            description =
                    "The partner delegation of the assessed nation comments on the text it is consulted on (from its submission until its approval).")
    @APIResponse(responseCode = "200", description = "The comment is recorded")
    @POST
    @Path("/partner-comments")
    @RolesAllowed(Roles.PARTNER)
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull AssessmentRequests.PartnerComment request) {
        // No If-Match: a comment adds and overwrites nothing. Visibility first, on the event store.
        consulted.mayReadParp(reader.asOf(id, null, null).await().indefinitely());
        return CommandAccepted.ok(
                id,
                commands.send(new CommentParpAssessmentCommand(id, actor.get().nation(), request.comment())));
    }

    @Operation(
            summary = "Correct an approved PARP assessment",
            description =
                    "Opens the next revision of an approved (frozen) assessment, carrying its goal assessments and overall assessment, to be changed and approved again. Its id derives from cycle, review year and revision: correcting the same revision twice is a 409.")
    @APIResponse(responseCode = "201", description = "The revision is open; Location names it")
    @POST
    @Path("/revisions")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response revise(@PathParam("id") UUID id) {
        // No If-Match: only an approved assessment is corrected, and an approved one no longer changes.
        ParpAssessmentDocument corrected = reader.asOf(id, null, null).await().indefinitely();
        int revision = corrected.revision() + 1;
        UUID next = ParpAssessmentIds.of(corrected.parpCycleId(), corrected.reviewYear(), revision);
        commands.send(new OpenParpAssessmentRevisionCommand(
                next,
                id,
                corrected.parpCycleId(),
                corrected.reviewYear(),
                revision,
                corrected.status() == AssessmentStatus.APPROVED,
                corrected.goals().stream()
                        .filter(goal -> goal.rating() != null)
                        .map(goal -> new CarriedGoal(goal.goalId(), goal.status(), goal.rating(), goal.justification()))
                        .toList(),
                corrected.overall()));
        // The revision opens with the carried assessments as its first events: its version is read back.
        long version = reader.asOf(next, null, null).await().indefinitely().version();
        return CommandAccepted.created(URI.create("/parp-assessments/" + next), next, version);
    }
}
