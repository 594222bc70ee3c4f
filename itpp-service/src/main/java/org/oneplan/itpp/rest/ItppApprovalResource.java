package org.oneplan.itpp.rest;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.itpp.api.ItppCommands.BreakSilenceCommand;
import org.oneplan.itpp.api.ItppCommands.CirculateItppCommand;
import org.oneplan.itpp.api.ItppCommands.RecordPartnerAgreementCommand;
import org.oneplan.itpp.api.ItppCommands.SubmitItppCommand;
import org.oneplan.itpp.api.ItppRequests;
import org.oneplan.itpp.query.ItppDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.partners.KnownPartners;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;

/**
 * An ITPP's way to approval: staff submit it; the partner delegation of its nation agrees; staff circulate it
 * to the Allies on the day's roster under the silence procedure; an Ally delegation may break silence.
 */
@Tag(name = "ITPPs")
@Path("/itpps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItppApprovalResource {

    private final Commands commands;
    private final PartnerRecordReader<ItppDocument> reader;
    private final CurrentActor actor;
    private final Clock clock;
    private final KnownPartners directory;

    ItppApprovalResource(
            Commands commands,
            PartnerRecordReader<ItppDocument> reader,
            CurrentActor actor,
            Clock clock,
            KnownPartners directory) {
        this.commands = commands;
        this.reader = reader;
        this.actor = actor;
        this.clock = clock;
        this.directory = directory;
    }

    @Operation(
            summary = "Submit an ITPP for agreement",
            description = "Submits the draft for the partner delegation's agreement.")
    @APIResponse(responseCode = "200", description = "The ITPP is submitted")
    @POST
    @Path("/{id}/submission")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response submit(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        return CommandAccepted.ok(id, commands.send(new SubmitItppCommand(id, Versions.required(ifMatch))));
    }

    /** The partner delegation of the ITPP's nation agrees the submitted text. */
    @Operation(
            summary = "Record the partner's agreement",
            description = "The partner delegation of the ITPP's nation agrees the submitted text.")
    @APIResponse(responseCode = "200", description = "The agreement is recorded")
    @POST
    @Path("/{id}/partner-agreement")
    @RolesAllowed(Roles.PARTNER)
    public Response agree(@PathParam("id") UUID id) {
        // No If-Match on purpose: the delegation agrees to the submitted text, which cannot change until it is
        // approved or back in drafting, and agreeing twice changes nothing; a version would only add conflicts.
        reader.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(new RecordPartnerAgreementCommand(id, actor.get().nation())));
    }

    /** Circulates to the Allies on today's roster under the silence procedure. */
    @Operation(
            summary = "Circulate an ITPP under silence",
            description =
                    "Circulates the agreed text to the Allies on today's roster under the silence procedure, ending at silenceEnds.")
    @APIResponse(responseCode = "200", description = "The ITPP is in circulation")
    @POST
    @Path("/{id}/circulation")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response circulate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ItppRequests.Circulate request) {
        List<String> roster = directory.alliesOn(LocalDate.now(clock));
        return CommandAccepted.ok(
                id,
                commands.send(new CirculateItppCommand(
                        id, Versions.required(ifMatch), request.silenceEnds(), roster, clock.instant())));
    }

    /** An Ally delegation breaks silence: a formal objection with its reason. */
    @Operation(
            summary = "Break silence with an objection",
            description =
                    "An Ally delegation breaks silence with a stated reason: the procedure fails and the text returns to draft.")
    @APIResponse(responseCode = "200", description = "The objection is recorded")
    @POST
    @Path("/{id}/objections")
    @RolesAllowed(Roles.ALLY)
    public Response breakSilence(@PathParam("id") UUID id, @Valid @NotNull ItppRequests.Objection request) {
        // No If-Match on purpose: an objection is an Ally's act on the text under circulation, which cannot
        // change meanwhile; the first objection breaks silence and later ones are refused, so none is lost.
        return CommandAccepted.ok(
                id,
                commands.send(
                        new BreakSilenceCommand(id, actor.get().nation(), request.reason(), clock.instant()),
                        request.reason()));
    }
}
