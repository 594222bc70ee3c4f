package org.oneplan.parp.rest;

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
import org.oneplan.contracts.parp.SurveySection;
import org.oneplan.parp.api.ParpCommands.IssueSurveyCommand;
import org.oneplan.parp.api.ParpCommands.RequestClarificationCommand;
import org.oneplan.parp.api.ParpCommands.SaveSurveyAnswerCommand;
import org.oneplan.parp.api.ParpCommands.SubmitSurveyCommand;
import org.oneplan.parp.api.ParpRequests;
import org.oneplan.parp.query.ParpCycleDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/** The PARP survey: staff issue it and ask for clarification; the partner delegation answers and submits. */
@Tag(
        name = "PARP survey",
        description = "The cycle's survey: issue, answers section by section, submission, clarification")
@Path("/parp-cycles/{id}/survey")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParpSurveyResource {

    private final Commands commands;
    private final PartnerRecordReader<ParpCycleDocument> reader;
    private final CurrentActor actor;
    private final Clock clock;

    ParpSurveyResource(
            Commands commands, PartnerRecordReader<ParpCycleDocument> reader, CurrentActor actor, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.actor = actor;
        this.clock = clock;
    }

    @Operation(
            summary = "Issue the survey",
            description = "Issues the cycle's PARP survey with the questions of this cycle and the date it is due.")
    @APIResponse(responseCode = "200", description = "The survey is issued")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response issue(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.IssueSurvey request) {
        return CommandAccepted.ok(
                id,
                commands.send(new IssueSurveyCommand(
                        id,
                        Versions.required(ifMatch),
                        request.questionsOfTheCycle(),
                        request.dueDate(),
                        LocalDate.now(clock))));
    }

    @Operation(
            summary = "Save an answer",
            description =
                    "The partner delegation saves its answer to one section (as often as it likes until it submits; after that only a section reopened for clarification).")
    @APIResponse(responseCode = "200", description = "The answer is saved")
    @PUT
    @Path("/answers/{section}")
    @RolesAllowed(Roles.PARTNER)
    public Response answer(
            @PathParam("id") UUID id,
            @PathParam("section") SurveySection section,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.SurveyAnswer request) {
        reader.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(new SaveSurveyAnswerCommand(
                        id, Versions.required(ifMatch), actor.get().nation(), section, request.answer())));
    }

    @Operation(
            summary = "Submit the survey",
            description = "The partner delegation submits its answers; every section must be answered.")
    @APIResponse(responseCode = "200", description = "The survey is submitted")
    @POST
    @Path("/submission")
    @RolesAllowed(Roles.PARTNER)
    public Response submit(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        reader.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(new SubmitSurveyCommand(
                        id, Versions.required(ifMatch), actor.get().nation())));
    }

    @Operation(
            summary = "Ask for clarification",
            description = "Staff ask the partner to clarify a submitted section, which opens that section again.")
    @APIResponse(responseCode = "200", description = "The clarification is asked")
    @POST
    @Path("/clarifications/{section}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response clarify(
            @PathParam("id") UUID id,
            @PathParam("section") SurveySection section,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.Clarification request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new RequestClarificationCommand(id, Versions.required(ifMatch), section, request.question())));
    }
}
