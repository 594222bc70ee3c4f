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
import org.oneplan.assessment.api.OccCommands.LinkOccGoalsCommand;
import org.oneplan.assessment.api.OccCommands.RecordOccEvaluationCommand;
import org.oneplan.assessment.api.OccCommands.RecordOccFeedbackCommand;
import org.oneplan.assessment.api.OccRequests;
import org.oneplan.assessment.query.OccUnitDocument;
import org.oneplan.contracts.assessment.occ.CriterionRating;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/**
 * The evaluations of an OCC unit (self-evaluations by its partner's delegation, NATO evaluations by staff),
 * NATO's feedback, and the ITPP goals the unit serves.
 */
@Tag(name = "OCC units")
@Path("/occ-units/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OccEvaluationResource {

    private final Commands commands;
    private final PartnerRecordReader<OccUnitDocument> reader;
    private final CurrentActor actor;
    private final Clock clock;

    OccEvaluationResource(
            Commands commands, PartnerRecordReader<OccUnitDocument> reader, CurrentActor actor, Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.actor = actor;
        this.clock = clock;
    }

    @Operation(
            summary = "Record an evaluation",
            description =
                    "Records the unit's next evaluation, strictly SEL1, NEL1, SEL2, NEL2: a self-evaluation by the partner's delegation, a NATO evaluation by staff; a failed NATO evaluation is repeated at its level, a passed one opens the next. With the day it took place (not before the previous one), the evaluating organisations or teams (no persons' names), a rating per criterion (each criterion once) and the overall result.")
    @APIResponse(responseCode = "200", description = "The evaluation is recorded")
    @POST
    @Path("/evaluations")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.PARTNER})
    public Response evaluate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull OccRequests.Evaluation request) {
        reader.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(new RecordOccEvaluationCommand(
                        id,
                        Versions.required(ifMatch),
                        actor.get().isPartnerDelegation() ? actor.get().nation() : null,
                        request.level(),
                        request.evaluatedOn(),
                        request.evaluators(),
                        request.ratings().stream()
                                .map(rating -> new CriterionRating(rating.criterion(), rating.rating()))
                                .toList(),
                        request.result(),
                        LocalDate.now(clock))));
    }

    @Operation(
            summary = "Link the unit to ITPP goals",
            description =
                    "Links the unit to partnership goals it serves, of its partner's ITPP as this service knows it from the ITPP topic: its evaluations feed back into them. Goals linked already stay linked.")
    @APIResponse(responseCode = "200", description = "The goals are linked")
    @POST
    @Path("/goal-links")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response link(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull OccRequests.GoalLinks request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new LinkOccGoalsCommand(id, Versions.required(ifMatch), request.itppId(), request.goalIds())));
    }

    @Operation(
            summary = "Record feedback",
            description = "NATO's feedback on the unit's evaluation of a level already recorded.")
    @APIResponse(responseCode = "200", description = "The feedback is recorded")
    @POST
    @Path("/feedback")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response feedback(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull OccRequests.Feedback request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RecordOccFeedbackCommand(
                        id, Versions.required(ifMatch), request.level(), request.feedback())));
    }
}
