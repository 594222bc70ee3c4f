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
import org.oneplan.itpp.query.ParpGoalQueries;
import org.oneplan.itpp.query.PcmParticipationQueries;
import org.oneplan.itpp.query.Traceability;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.PartnerRecordReader;
import org.oneplan.platform.validation.PlausibleDate;

/** Ways to read an ITPP other than its JSON: the traceability tree and the printable document. */
@Tag(name = "ITPP renderings", description = "An ITPP as a traceability tree or as a printable page")
@Path("/itpps/{id}")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
public class ItppRenderingResource {

    private final PartnerRecordReader<ItppDocument> reader;
    private final ParpGoalQueries parpGoals;
    private final PcmParticipationQueries pcm;

    ItppRenderingResource(
            PartnerRecordReader<ItppDocument> reader, ParpGoalQueries parpGoals, PcmParticipationQueries pcm) {
        this.pcm = pcm;
        this.reader = reader;
        this.parpGoals = parpGoals;
    }

    /**
     * Objective, then the goals serving it, then their milestones, the activities supporting them and the
     * approved PARP goals serving them (as far as {@code oneplan.parp.events} has been read).
     */
    @Operation(
            summary = "Read the traceability tree",
            description = "Objectives, the goals serving each, their milestones, the activities supporting them"
                    + " and the approved PARP goals serving them, with their latest implementation status; for an"
                    + " activity whose pcmEventCode is a catalogue event's id, the partner's nominees, attendance"
                    + " and completion in that PCM event (counts, no names).")
    @GET
    @Path("/traceability")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Traceability> traceability(@PathParam("id") UUID id) {
        return reader.current(id, null)
                .chain(itpp -> parpGoals
                        .ofItpp(itpp.id())
                        .chain(goals -> pcm.of(itpp.partnerCode(), Traceability.catalogueEventsOf(itpp))
                                .map(participation -> Traceability.of(itpp, goals, participation))));
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
        Uni<ItppDocument> document = reader.nowOrAsOf(id, asOf);
        return document.map(ItppHtml::render);
    }
}
