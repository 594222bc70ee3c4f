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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.assessment.api.AssessmentCommands.RateGoalCommand;
import org.oneplan.assessment.api.AssessmentCommands.RateObjectiveCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecommendNextCycleCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecordIndicatorActualCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecordPartnerCommentCommand;
import org.oneplan.assessment.api.AssessmentCommands.WriteRecommendationsCommand;
import org.oneplan.assessment.api.AssessmentRequests;
import org.oneplan.assessment.query.AssessmentDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/**
 * The assessment's text: staff rate the goals (and at the end of the cycle the objectives), write the
 * recommendations and recommend the next cycle; the consulted partner comments.
 */
@Tag(name = "Assessment drafting", description = "Ratings, recommendations and the partner's comments")
@Path("/assessments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentDraftingResource {

    private final Commands commands;
    private final PartnerRecordReader<AssessmentDocument> reader;
    private final CurrentActor actor;
    private final ConsultedPartner consulted;

    AssessmentDraftingResource(
            Commands commands,
            PartnerRecordReader<AssessmentDocument> reader,
            CurrentActor actor,
            ConsultedPartner consulted) {
        this.commands = commands;
        this.reader = reader;
        this.actor = actor;
        this.consulted = consulted;
    }

    @Operation(
            summary = "Rate a goal",
            description =
                    "Rates one goal of the assessment's baseline (achieved, on track, partially on track, not on track, not assessable) with a justification; a draft only. Rating it again replaces the rating.")
    @APIResponse(responseCode = "200", description = "The rating is recorded")
    @PUT
    @Path("/goals/{goalId}/rating")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response rate(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull AssessmentRequests.Rating request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RateGoalCommand(
                        id, Versions.required(ifMatch), goalId, request.rating(), request.justification())));
    }

    @Operation(
            summary = "Record an indicator's actual value",
            description =
                    "What one indicator of the goal measured over the assessment's period (mid-term: cycle years 1-2; end of cycle: years 3-4); a draft only. An indicator that counts people by sex takes women and men, adding up to value; any other takes value alone. Recording it again replaces it. Approved assessments' values are the actuals of the ITPP's results framework (GET /itpp-results/{itppId}).")
    @APIResponse(responseCode = "200", description = "The value is recorded")
    @PUT
    @Path("/goals/{goalId}/indicators/{indicatorId}/actual")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recordActual(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull AssessmentRequests.IndicatorActual request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RecordIndicatorActualCommand(
                        id,
                        Versions.required(ifMatch),
                        goalId,
                        indicatorId,
                        request.value(),
                        request.women(),
                        request.men())));
    }

    @Operation(
            summary = "Rate a strategic objective",
            description =
                    "End-of-cycle assessments rate every strategic objective of the ITPP over the whole cycle, with a justification; a draft only. Rating it again replaces the rating.")
    @APIResponse(responseCode = "200", description = "The rating is recorded")
    @PUT
    @Path("/objectives/{objectiveId}/rating")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response rateObjective(
            @PathParam("id") UUID id,
            @PathParam("objectiveId") UUID objectiveId,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull AssessmentRequests.Rating request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RateObjectiveCommand(
                        id, Versions.required(ifMatch), objectiveId, request.rating(), request.justification())));
    }

    @Operation(
            summary = "Recommend the next cycle",
            description =
                    "End-of-cycle assessments only, a draft only: which current goals to carry over into the next cycle's ITPP, and new objectives and goals as text (at least one thing). It replaces the previous recommendation. When the assessment is approved, itpp-service drafts the next cycle's ITPP carrying those goals over and recording the new objectives and goals for its drafters.")
    @APIResponse(responseCode = "200", description = "The recommendation is recorded")
    @PUT
    @Path("/next-cycle")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recommendNextCycle(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull AssessmentRequests.NextCycle request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RecommendNextCycleCommand(
                        id,
                        Versions.required(ifMatch),
                        request.carryOverGoalIds(),
                        request.newObjectives(),
                        request.newGoals())));
    }

    @Operation(
            summary = "Write the recommendations",
            description =
                    "The assessment's recommendations in full (for the mid-term: updated output 3 for years 3-4); a draft only. They travel with the approval to itpp-service, which opens an amendment carrying them.")
    @APIResponse(responseCode = "200", description = "The recommendations are recorded")
    @PUT
    @Path("/recommendations")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recommend(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull AssessmentRequests.Recommendations request) {
        return CommandAccepted.ok(
                id, commands.send(new WriteRecommendationsCommand(id, Versions.required(ifMatch), request.text())));
    }

    @Operation(
            summary = "Comment as the consulted partner",
            description =
                    "The partner delegation of the assessed ITPP's nation comments on the text it has been consulted on (from its submission until its approval).")
    @APIResponse(responseCode = "200", description = "The comment is recorded")
    @POST
    @Path("/partner-comments")
    @RolesAllowed(Roles.PARTNER)
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull AssessmentRequests.PartnerComment request) {
        // No If-Match on purpose: a comment adds to the record and overwrites nothing, so no update can be lost.
        // Visibility first, on the event store (the read model may lag a submission): a text the caller may not
        // see is "not found", whatever state it is in.
        consulted.mayRead(reader.asOf(id, null, null).await().indefinitely());
        return CommandAccepted.ok(
                id,
                commands.send(new RecordPartnerCommentCommand(id, actor.get().nation(), request.comment())));
    }
}
