package org.oneplan.parp.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.oneplan.parp.api.ParpCommands.AnswerParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.DraftParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.RecordGoalProgressCommand;
import org.oneplan.parp.api.ParpCommands.ReviseParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.WithdrawParpGoalCommand;
import org.oneplan.parp.api.ParpRequests;
import org.oneplan.parp.query.GoalView;
import org.oneplan.parp.query.ParpCycleDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.ProblemException;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/**
 * The package's partnership goals: staff draft, revise and withdraw them; the partner delegation answers
 * each as it stands (agree, ask a change, decline); once the package is approved, staff record progress.
 */
@Tag(name = "PARP goals", description = "Partnership goals of a cycle's package: drafting, negotiation, progress")
@Path("/parp-cycles/{id}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParpGoalResource {

    private final Commands commands;
    private final PartnerRecordReader<ParpCycleDocument> reader;
    private final CurrentActor actor;
    private final Clock clock;

    ParpGoalResource(
            Commands commands, PartnerRecordReader<ParpCycleDocument> reader, CurrentActor actor, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.actor = actor;
        this.clock = clock;
    }

    @Operation(
            summary = "Draft a goal",
            description =
                    "Adds a partnership goal to the package under negotiation; its code is unique in the package, its years start in the cycle.")
    @APIResponse(responseCode = "201", description = "The goal is drafted; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response draft(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.Goal request) {
        UUID goalId = UUID.randomUUID();
        Long version = commands.send(new DraftParpGoalCommand(id, Versions.required(ifMatch), goalId, request.terms()));
        return CommandAccepted.created(URI.create("/parp-cycles/" + id + "/goals/" + goalId), goalId, version);
    }

    @Operation(
            summary = "Read one goal",
            description = "A goal of the cycle now: its terms, revision, the partner's answer, negotiation and status.")
    @GET
    @Path("/{goalId}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<GoalView> goal(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @QueryParam("minVersion") @Min(0) Long minVersion) {
        return reader.current(id, minVersion)
                .map(cycle -> cycle.goals().stream()
                        .filter(goal -> goal.id().equals(goalId))
                        .findFirst()
                        .orElseThrow(() -> ProblemException.notFound("Goal " + goalId + " of PARP cycle " + id)));
    }

    @Operation(
            summary = "Revise a goal",
            description = "Replaces a goal's terms with a new revision; the partner is asked again.")
    @APIResponse(responseCode = "200", description = "The goal is revised")
    @PUT
    @Path("/{goalId}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response revise(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.Goal request) {
        return CommandAccepted.ok(
                id, commands.send(new ReviseParpGoalCommand(id, Versions.required(ifMatch), goalId, request.terms())));
    }

    @Operation(summary = "Withdraw a goal", description = "Takes a goal out of the package under negotiation.")
    @APIResponse(responseCode = "200", description = "The goal is withdrawn")
    @POST
    @Path("/{goalId}/withdrawal")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response withdraw(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.Withdrawal request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new WithdrawParpGoalCommand(id, Versions.required(ifMatch), goalId, request.reason()),
                        request.reason()));
    }

    @Operation(
            summary = "Answer a goal",
            description =
                    "The partner delegation agrees the goal as it stands, asks a change (text says what) or declines it (text says why).")
    @APIResponse(responseCode = "200", description = "The answer is recorded")
    @POST
    @Path("/{goalId}/answers")
    @RolesAllowed(Roles.PARTNER)
    public Response answer(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.Answer request) {
        reader.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(
                        new AnswerParpGoalCommand(
                                id,
                                Versions.required(ifMatch),
                                actor.get().nation(),
                                goalId,
                                request.answer(),
                                request.text()),
                        request.text()));
    }

    @Operation(
            summary = "Record a goal's progress",
            description =
                    "Records an approved goal's implementation status with its evidence, as of recordedOn (default today).")
    @APIResponse(responseCode = "200", description = "The progress is recorded")
    @POST
    @Path("/{goalId}/progress")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response progress(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.Progress request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RecordGoalProgressCommand(
                        id,
                        Versions.required(ifMatch),
                        goalId,
                        request.status(),
                        request.evidence(),
                        request.recordedOn() == null ? LocalDate.now(clock) : request.recordedOn(),
                        LocalDate.now(clock))));
    }
}
