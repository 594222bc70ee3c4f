package org.oneplan.assessment.rest;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.assessment.api.AssessmentRequests;
import org.oneplan.assessment.api.ParpAssessmentCommands.BreakParpAssessmentSilenceCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.CirculateParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.SubmitParpAssessmentCommand;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.partners.KnownPartners;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/** The PARP assessment's way to approval: submission (the partner consulted from then), silence, objections. */
@Tag(name = "PARP assessment approval", description = "Submission and the silence procedure")
@Path("/parp-assessments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParpAssessmentApprovalResource {

    private final Commands commands;
    private final CurrentActor actor;
    private final Clock clock;
    private final KnownPartners directory;

    ParpAssessmentApprovalResource(Commands commands, CurrentActor actor, Clock clock, KnownPartners directory) {
        this.commands = commands;
        this.actor = actor;
        this.clock = clock;
        this.directory = directory;
    }

    @Operation(
            summary = "Submit the PARP assessment",
            description =
                    "Puts the assessment on its way to approval and to the partner for comment; every goal must be assessed and the overall assessment written.")
    @APIResponse(responseCode = "200", description = "The assessment is submitted")
    @POST
    @Path("/submission")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response submit(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(id, commands.send(new SubmitParpAssessmentCommand(id, Versions.required(ifMatch))));
    }

    @Operation(
            summary = "Circulate the PARP assessment under silence",
            description =
                    "Circulates the submitted assessment to the Allies on today's roster under the silence procedure, ending at silenceEnds.")
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
                commands.send(new CirculateParpAssessmentCommand(
                        id,
                        Versions.required(ifMatch),
                        request.silenceEnds(),
                        directory.alliesOn(LocalDate.now(clock)),
                        clock.instant())));
    }

    @Operation(
            summary = "Break silence with an objection",
            description =
                    "An Ally delegation on the roster breaks silence with a stated reason: the assessment is a draft again.")
    @APIResponse(responseCode = "200", description = "The objection is recorded")
    @POST
    @Path("/objections")
    @RolesAllowed(Roles.ALLY)
    public Response breakSilence(@PathParam("id") UUID id, @Valid @NotNull AssessmentRequests.Objection request) {
        // No If-Match: the first objection breaks silence and later ones are refused, so none is lost.
        return CommandAccepted.ok(
                id,
                commands.send(
                        new BreakParpAssessmentSilenceCommand(
                                id, actor.get().nation(), request.reason(), clock.instant()),
                        request.reason()));
    }
}
