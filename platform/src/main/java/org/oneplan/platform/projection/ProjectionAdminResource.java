package org.oneplan.platform.projection;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.ProblemException;
import org.oneplan.platform.validation.PlainText;

/**
 * Lists the service's read models, rebuilds one from offset 0 of its topic, and lets an administrator see,
 * retry or discard the records a read model parked because it could not apply them.
 */
@Tag(name = "Read models", description = "Administration of read models: rebuild, parked records")
@Path("/admin/read-models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ProjectionAdminResource {

    /** Work on parked records waits for the consumer to finish its current batch; never longer than this. */
    private static final Duration LONGEST_ADMIN_WAIT = Duration.ofSeconds(60);

    private final ProjectionRunner runner;
    private final ParkedRecords parked;
    private final CurrentActor actor;

    ProjectionAdminResource(ProjectionRunner runner, ParkedRecords parked, CurrentActor actor) {
        this.runner = runner;
        this.parked = parked;
        this.actor = actor;
    }

    @Operation(summary = "List the read models", description = "The names of the service's read models.")
    @GET
    public Set<String> list() {
        return runner.names();
    }

    /** 202: the read model is cleared and now replays; it is complete again once it has caught up. */
    @Operation(
            summary = "Rebuild a read model",
            description =
                    "Clears the read model and replays its topic from offset 0; it is complete again once it has caught up.")
    @APIResponse(responseCode = "202", description = "The read model is cleared and now replays")
    @POST
    @Path("/{name}/rebuilds")
    public Uni<Response> rebuild(@PathParam("name") String name) {
        return runner.rebuild(name)
                .map(cleared -> Uni.createFrom()
                        .completionStage(cleared)
                        .replaceWith(Response.accepted().build()))
                .orElseThrow(() -> notFound(name));
    }

    /** The records the read model parked, oldest first, each with the error that parked it. */
    @Operation(
            summary = "List parked records",
            description = "The records the read model parked, oldest first, each with the error that parked it.")
    @GET
    @Path("/{name}/parked")
    public Uni<List<ParkedRecord>> parked(@PathParam("name") String name) {
        if (!runner.names().contains(name)) {
            throw notFound(name);
        }
        return parked.list(name);
    }

    /**
     * Applies a parked record again, then the records of the same subject parked behind it. Each that
     * applies leaves the list; once none is left, readiness is up again.
     */
    @APIResponse(
            responseCode = "200",
            description = "How many records applied, and how many of the subject are still parked",
            content = @Content(schema = @Schema(implementation = ProjectionWorker.Retried.class)))
    @APIResponse(
            responseCode = "409",
            description = "An earlier record of the same subject is parked: retry that first")
    @Operation(
            summary = "Retry a parked record",
            description = "Applies a parked record again, then the records of the same subject parked behind it.")
    @POST
    @Path("/{name}/parked/{parkedId}/retry")
    public Uni<ProjectionWorker.Retried> retry(@PathParam("name") String name, @PathParam("parkedId") UUID parkedId) {
        return runner.retryParked(name, parkedId)
                .map(outcome -> bounded(Uni.createFrom().completionStage(outcome))
                        .map(retried -> retried.orElseThrow(() -> parkedNotFound(parkedId))))
                .orElseThrow(() -> notFound(name));
    }

    /** Gives up on a parked record for good: the read model never applies it. The reason is logged. */
    @Operation(
            summary = "Discard a parked record",
            description =
                    "Gives up on a parked record for good: the read model never applies it; the reason is logged.")
    @APIResponse(responseCode = "204", description = "The record is discarded")
    @DELETE
    @Path("/{name}/parked/{parkedId}")
    public Uni<Response> discard(
            @PathParam("name") String name,
            @PathParam("parkedId") UUID parkedId,
            @QueryParam("reason") @NotBlank @PlainText(max = 1000) String reason) {
        return runner.discardParked(name, parkedId, reason, actor.get().subject())
                .map(outcome -> bounded(Uni.createFrom().completionStage(outcome))
                        .map(discarded -> {
                            if (!discarded) {
                                throw parkedNotFound(parkedId);
                            }
                            return Response.noContent().build();
                        }))
                .orElseThrow(() -> notFound(name));
    }

    private static <T> Uni<T> bounded(Uni<T> work) {
        return work.ifNoItem()
                .after(LONGEST_ADMIN_WAIT)
                .failWith(
                        () -> new ProblemException(503, "read-model-busy", "The read model's consumer did not answer"));
    }

    private static ProblemException notFound(String name) {
        return ProblemException.notFound("Read model " + name);
    }

    private static ProblemException parkedNotFound(UUID id) {
        return ProblemException.notFound("Parked record " + id);
    }
}
