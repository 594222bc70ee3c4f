package org.oneplan.itpp.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.itpp.query.ItppDocument;
import org.oneplan.itpp.query.ItppHtml;
import org.oneplan.itpp.query.Traceability;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.validation.PlausibleDate;

/** Ways to read an ITPP other than its JSON: the traceability tree and the printable document. */
@Tag(name = "ITPP renderings", description = "An ITPP as a traceability tree or as a printable page")
@Path("/itpps/{id}")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
public class ItppRenderingResource {

    private final ItppReader reader;

    ItppRenderingResource(ItppReader reader) {
        this.reader = reader;
    }

    /** Objective, then the goals serving it, then their milestones and the activities supporting them. */
    @Operation(
            summary = "Read the traceability tree",
            description = "Objectives, the goals serving each, their milestones and the activities supporting them.")
    @GET
    @Path("/traceability")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Traceability> traceability(@PathParam("id") UUID id) {
        return reader.current(id, null).map(Traceability::of);
    }

    /** Outputs 1 to 3 as a printable page under the classification banner; {@code asOf} for a past text. */
    @Operation(
            summary = "Print an ITPP",
            description =
                    "Outputs 1 to 3 as a printable HTML page under the classification banner; asOf for a past text.")
    @GET
    @Path("/document.html")
    @Produces(MediaType.TEXT_HTML)
    public Uni<String> html(@PathParam("id") UUID id, @QueryParam("asOf") @PlausibleDate Instant asOf) {
        Uni<ItppDocument> document = asOf == null ? reader.current(id, null) : reader.asOf(id, asOf, null);
        return document.map(ItppHtml::render);
    }
}
