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
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.assessment.api.AnpAssessmentCommands.AssessAnpChapterCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.BreakAnpAssessmentSilenceCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.CirculateAnpAssessmentCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.RecordNacDiscussionCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.SubmitAnpAssessmentCommand;
import org.oneplan.assessment.api.AnpAssessmentRequests;
import org.oneplan.assessment.api.AssessmentRequests;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.partners.KnownPartners;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/** The ANP assessment's work: chapters, submission, the Allies' silence, and the Council's discussion. */
@Tag(name = "ANP assessment work", description = "Chapter assessments, agreement under silence, the NAC discussion")
@Path("/anp-assessments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnpAssessmentWorkResource {

    private final Commands commands;
    private final CurrentActor actor;
    private final Clock clock;
    private final KnownPartners directory;

    AnpAssessmentWorkResource(Commands commands, CurrentActor actor, Clock clock, KnownPartners directory) {
        this.commands = commands;
        this.actor = actor;
        this.clock = clock;
        this.directory = directory;
    }

    @Operation(
            summary = "Assess a chapter",
            description = "Staff's assessment of one of the ANP's five chapters, in full; a draft only.")
    @APIResponse(responseCode = "200", description = "The chapter's assessment is recorded")
    @PUT
    @Path("/chapters/{chapter}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response assess(
            @PathParam("id") UUID id,
            @PathParam("chapter") AnpChapter chapter,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull AnpAssessmentRequests.Chapter request) {
        return CommandAccepted.ok(
                id,
                commands.send(new AssessAnpChapterCommand(id, Versions.required(ifMatch), chapter, request.text())));
    }

    @Operation(
            summary = "Submit the ANP assessment",
            description = "Every chapter assessed: to the Allies, and the partner sees it from now on.")
    @APIResponse(responseCode = "200", description = "The assessment is submitted")
    @POST
    @Path("/submission")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response submit(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(id, commands.send(new SubmitAnpAssessmentCommand(id, Versions.required(ifMatch))));
    }

    @Operation(
            summary = "Circulate the ANP assessment under silence",
            description = "To the Allies on today's roster under the silence procedure, ending at silenceEnds.")
    @APIResponse(responseCode = "200", description = "The assessment is in circulation")
    @POST
    @Path("/circulation")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response circulate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull AssessmentRequests.Circulate request) {
        return CommandAccepted.ok(
                id,
                commands.send(new CirculateAnpAssessmentCommand(
                        id,
                        Versions.required(ifMatch),
                        request.silenceEnds(),
                        directory.alliesOn(LocalDate.now(clock)),
                        clock.instant())));
    }

    @Operation(
            summary = "Break silence with an objection",
            description = "An Ally on the roster breaks silence with a reason: the assessment is a draft again.")
    @APIResponse(responseCode = "200", description = "The objection is recorded")
    @POST
    @Path("/objections")
    @RolesAllowed(Roles.ALLY)
    public Response breakSilence(@PathParam("id") UUID id, @Valid @NotNull AssessmentRequests.Objection request) {
        // No If-Match: the first objection breaks silence and later ones are refused, so none is lost.
        return CommandAccepted.ok(
                id,
                commands.send(
                        new BreakAnpAssessmentSilenceCommand(
                                id, actor.get().nation(), request.reason(), clock.instant()),
                        request.reason()));
    }

    @Operation(
            summary = "Record the discussion at the North Atlantic Council",
            description =
                    "Once the Allies agreed the assessment: the day it was discussed with the partner at the Council (between the agreement and today) and a summary. Recorded once.")
    @APIResponse(responseCode = "200", description = "The discussion is recorded")
    @PUT
    @Path("/nac-discussion")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recordNacDiscussion(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull AnpAssessmentRequests.NacDiscussion request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RecordNacDiscussionCommand(
                        id,
                        Versions.required(ifMatch),
                        request.discussedOn(),
                        request.summary(),
                        LocalDate.now(clock))));
    }
}
