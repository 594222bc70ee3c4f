package org.oneplan.platform.projection;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.ProblemException;

/** Lists the service's read models and rebuilds one from offset 0 of its topic. */
@Path("/admin/read-models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ProjectionAdminResource {

    private final ProjectionRunner runner;

    ProjectionAdminResource(ProjectionRunner runner) {
        this.runner = runner;
    }

    @GET
    public Set<String> list() {
        return runner.names();
    }

    /** 202: the read model is cleared and now replays; it is complete again once it has caught up. */
    @POST
    @Path("/{name}/rebuilds")
    public Uni<Response> rebuild(@PathParam("name") String name) {
        return runner.rebuild(name)
                .map(cleared -> Uni.createFrom()
                        .completionStage(cleared)
                        .replaceWith(Response.accepted().build()))
                .orElseThrow(() -> ProblemException.notFound("Read model " + name));
    }
}
