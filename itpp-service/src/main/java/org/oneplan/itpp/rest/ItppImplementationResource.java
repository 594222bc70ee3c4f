package org.oneplan.itpp.rest;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.itpp.api.ItppCommands.ChangeActivityStatusCommand;
import org.oneplan.itpp.api.ItppCommands.PlanActivityCommand;
import org.oneplan.itpp.api.ItppCommands.ReportMilestoneProgressCommand;
import org.oneplan.itpp.api.ItppCommands.ReviseActivityCommand;
import org.oneplan.itpp.api.ItppRequests;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/** Implementation of an ITPP: output 3 activities and milestone progress, kept by staff. */
@Tag(name = "ITPP implementation", description = "Output 3 of an ITPP: activities and milestone progress")
@Path("/itpps/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ItppImplementationResource {

    private final Commands commands;
    private final Clock clock;

    ItppImplementationResource(Commands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Operation(
            summary = "Plan an activity",
            description =
                    "Plans an output-3 activity supporting one or more goals, optionally referencing a PCM event.")
    @APIResponse(responseCode = "201", description = "The activity is planned; Location names it")
    @POST
    @Path("/activities")
    public Response plan(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.Activity request) {
        UUID activityId = UUID.randomUUID();
        Long version = commands.send(new PlanActivityCommand(
                id,
                Versions.required(ifMatch),
                activityId,
                request.title(),
                request.type(),
                request.goalIds(),
                request.plannedFrom(),
                request.plannedUntil(),
                request.lead().toLead(),
                request.pcmEventCode()));
        return CommandAccepted.created(URI.create("/itpps/" + id + "/activities/" + activityId), activityId, version);
    }

    @Operation(summary = "Revise an activity", description = "Changes what, when and who of a planned activity.")
    @APIResponse(responseCode = "200", description = "The activity is revised")
    @PUT
    @Path("/activities/{activityId}")
    public Response revise(
            @PathParam("id") UUID id,
            @PathParam("activityId") UUID activityId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.Activity request) {
        return CommandAccepted.ok(
                id,
                commands.send(new ReviseActivityCommand(
                        id,
                        Versions.required(ifMatch),
                        activityId,
                        request.title(),
                        request.type(),
                        request.goalIds(),
                        request.plannedFrom(),
                        request.plannedUntil(),
                        request.lead().toLead(),
                        request.pcmEventCode())));
    }

    @Operation(
            summary = "Change the status of an activity",
            description = "Moves an activity on (e.g. started, completed, cancelled).")
    @APIResponse(responseCode = "200", description = "The status is changed")
    @PUT
    @Path("/activities/{activityId}/status")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @PathParam("activityId") UUID activityId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.ActivityStatusChange request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new ChangeActivityStatusCommand(id, Versions.required(ifMatch), activityId, request.status())));
    }

    @Operation(
            summary = "Report progress on a milestone",
            description = "Records progress of a goal's milestone on a date (default today), with its evidence.")
    @APIResponse(responseCode = "200", description = "The progress is recorded")
    @POST
    @Path("/goals/{goalId}/milestones/{milestoneId}/progress")
    public Response reportProgress(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @PathParam("milestoneId") UUID milestoneId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.Progress request) {
        LocalDate reportedOn = request.reportedOn() != null ? request.reportedOn() : LocalDate.now(clock);
        return CommandAccepted.ok(
                id,
                commands.send(new ReportMilestoneProgressCommand(
                        id,
                        Versions.required(ifMatch),
                        goalId,
                        milestoneId,
                        request.progress(),
                        reportedOn,
                        request.evidence())));
    }
}
