package org.oneplan.parp.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.parp.api.AnpCommands;
import org.oneplan.parp.api.AnpCommands.CommentOnAnpCommand;
import org.oneplan.parp.api.AnpCommands.OpenAnpCommand;
import org.oneplan.parp.api.AnpCommands.RecordNacDiscussionCommand;
import org.oneplan.parp.api.AnpCommands.SubmitAnpCommand;
import org.oneplan.parp.api.AnpCommands.WriteAnpChapterCommand;
import org.oneplan.parp.api.ParpRequests;
import org.oneplan.parp.query.AnpDocument;
import org.oneplan.parp.query.AnpHtml;
import org.oneplan.parp.query.AnpQueries;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.PageRequest;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.rest.Versions;
import org.oneplan.platform.validation.PlainText;
import org.oneplan.platform.validation.PlausibleDate;

/**
 * Annual National Programmes of Membership Action Plan countries: nationally owned, so the partner
 * delegation opens, writes and submits its own; staff comment and record the discussion at the North
 * Atlantic Council; Allies and inspectors read; no other partner sees them.
 */
@Tag(
        name = "Annual National Programmes",
        description = "ANPs of MAP countries: writing, submission, comments, NAC discussion")
@Path("/anps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnpResource {

    private final Commands commands;
    private final AnpQueries queries;
    private final PartnerRecordReader<AnpDocument> reader;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final Clock clock;

    AnpResource(
            Commands commands,
            AnpQueries queries,
            PartnerRecordReader<AnpDocument> reader,
            AccessPolicy access,
            CurrentActor actor,
            Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.reader = reader;
        this.access = access;
        this.actor = actor;
        this.clock = clock;
    }

    @Operation(
            summary = "Open an ANP",
            description =
                    "Opens the Annual National Programme of a MAP country for a year (the partner's own delegation, or staff); one per partner and year, so a second is a 409.")
    @APIResponse(responseCode = "201", description = "The ANP is open; Location names it")
    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.PARTNER})
    public Response open(@Valid @NotNull ParpRequests.OpenAnp request) {
        UUID id = AnpCommands.idOf(request.partnerId(), request.year());
        commands.send(new OpenAnpCommand(id, request.partnerId(), request.year(), partnerNation()));
        return CommandAccepted.created(URI.create("/anps/" + id), id, 0);
    }

    @Operation(
            summary = "List ANPs",
            description =
                    "Lists the ANPs the caller may see, filtered by partner code, year or status, one page at a time.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Page<AnpDocument>> list(
            @QueryParam("partner") @PlainText(max = 10) String partnerCode,
            @QueryParam("year") @Min(PlausibleDate.EARLIEST_YEAR) @Max(PlausibleDate.LATEST_YEAR) Integer year,
            @QueryParam("status") AnpDocument.Status status,
            @Valid @BeanParam PageRequest paging) {
        if (!access.mayList(partnerCode)) {
            return Uni.createFrom().item(new Page<>(List.of(), paging.page, paging.size, 0));
        }
        return queries.list(
                new AnpQueries.Filter(access.nationFilter(partnerCode), year, status), paging.page, paging.size);
    }

    @Operation(
            summary = "Read one ANP",
            description =
                    "The ANP now with its version as ETag (minVersion waits, bounded, for the read model); with asOf or atVersion, as it stood then.")
    @APIResponse(
            responseCode = "200",
            description = "The ANP",
            content = @Content(schema = @Schema(implementation = AnpDocument.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "The ANP's version",
                            schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<Response> get(
            @PathParam("id") UUID id,
            @QueryParam("minVersion") @Min(0) Long minVersion,
            @QueryParam("asOf") @PlausibleDate Instant asOf,
            @QueryParam("atVersion") @Min(0) Long atVersion) {
        return reader.read(id, minVersion, asOf, atVersion);
    }

    @Operation(summary = "Read the history of an ANP", description = "Every event of the ANP with who, when and why.")
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return reader.events(id, asOf);
    }

    @Operation(
            summary = "Print an ANP",
            description = "The ANP as a printable HTML page under the classification banner.")
    @GET
    @Path("/{id}/document.html")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<String> html(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        return reader.nowOrAsOf(id, asOf).map(AnpHtml::render);
    }

    @Operation(
            summary = "Write a chapter",
            description = "The partner delegation writes or rewrites one chapter of its draft ANP.")
    @APIResponse(responseCode = "200", description = "The chapter is written")
    @PUT
    @Path("/{id}/chapters/{chapter}")
    @RolesAllowed(Roles.PARTNER)
    public Response write(
            @PathParam("id") UUID id,
            @PathParam("chapter") AnpChapter chapter,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.AnpChapterText request) {
        reader.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(new WriteAnpChapterCommand(
                        id, Versions.required(ifMatch), actor.get().nation(), chapter, request.text())));
    }

    @Operation(
            summary = "Submit an ANP",
            description = "The partner delegation submits its ANP, all five chapters written.")
    @APIResponse(responseCode = "200", description = "The ANP is submitted")
    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.PARTNER)
    public Response submit(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch) {
        reader.requireVisible(id);
        return CommandAccepted.ok(
                id,
                commands.send(new SubmitAnpCommand(
                        id, Versions.required(ifMatch), actor.get().nation())));
    }

    @Operation(summary = "Comment on a chapter", description = "NATO staff comment on one chapter of the ANP.")
    @APIResponse(responseCode = "200", description = "The comment is recorded")
    @POST
    @Path("/{id}/comments")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response comment(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.AnpComment request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new CommentOnAnpCommand(id, Versions.required(ifMatch), request.chapter(), request.comment())));
    }

    @Operation(
            summary = "Record the NAC discussion",
            description =
                    "Records that the submitted ANP, with the annual assessment the Allies agreed, was discussed with the partner at the North Atlantic Council.")
    @APIResponse(responseCode = "200", description = "The discussion is on record")
    @POST
    @Path("/{id}/nac-discussion")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    public Response recordNacDiscussion(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @PlainText(max = 40) String ifMatch,
            @Valid @NotNull ParpRequests.NacDiscussion request) {
        return CommandAccepted.ok(
                id,
                commands.send(new RecordNacDiscussionCommand(
                        id,
                        Versions.required(ifMatch),
                        request.discussedOn(),
                        request.summary(),
                        LocalDate.now(clock))));
    }

    /** The nation of a partner delegation acting; null for staff, who may open any MAP country's ANP. */
    private String partnerNation() {
        return actor.get().isPartnerDelegation() ? actor.get().nation() : null;
    }
}
