package org.oneplan.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.assessment.query.IatiActivityXml;
import org.oneplan.assessment.query.ResultsCsv;
import org.oneplan.assessment.query.ResultsFramework;
import org.oneplan.assessment.query.ResultsQueries;
import org.oneplan.assessment.query.Traceability;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.identity.Roles;

/**
 * An ITPP's results framework, the way results frameworks export it: JSON, IATI 2.03 activity XML, CSV.
 * Actual values come from approved assessments only. A partner delegation reads its own ITPP's.
 */
@Tag(name = "Results", description = "An ITPP's results framework: JSON, IATI 2.03 activity XML and CSV")
@Path("/itpp-results/{itppId}")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
public class ItppResultsResource {

    private final ResultsQueries queries;
    private final AccessPolicy access;
    private final Clock clock;
    private final String reportingOrg;

    ItppResultsResource(
            ResultsQueries queries,
            AccessPolicy access,
            Clock clock,
            @ConfigProperty(name = "assessment.iati.reporting-org") String reportingOrg) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
        this.reportingOrg = reportingOrg;
    }

    @Operation(
            summary = "Read an ITPP's results framework",
            description =
                    "Each partnership goal as a result with its indicators (baseline, target) and two periods, the mid-term's (cycle years 1-2) and the end of the cycle's (years 3-4), whose actual values (by sex where the indicator counts people) come from the approved assessment of that period.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ResultsFramework> framework(@PathParam("itppId") UUID itppId) {
        return visible(itppId);
    }

    @Operation(
            summary = "Export an ITPP's results as IATI 2.03 activity XML",
            description =
                    "An iati-activities file with one iati-activity (the ITPP): a result per partnership goal measured by indicators, each indicator with its baseline and a period per assessment with target and actual, and one more actual per sex with a dimension where the indicator counts people. Valid against the IATI 2.03 activity schema.")
    @APIResponse(
            responseCode = "200",
            description = "The IATI activity file",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/iati-activity.xml")
    @Produces(MediaType.APPLICATION_XML)
    public Uni<Response> iati(@PathParam("itppId") UUID itppId) {
        return visible(itppId)
                .map(framework -> Response.ok(IatiActivityXml.of(framework, reportingOrg, clock.instant()))
                        .header("Content-Disposition", "attachment; filename=\"itpp-" + itppId + "-iati.xml\"")
                        .build());
    }

    @Operation(
            summary = "Export an ITPP's results as CSV",
            description =
                    "RFC 4180 CSV, one row per indicator and period, with a header row. A text cell that a spreadsheet would read as a formula starts with an apostrophe.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/results.csv")
    @Produces("text/csv")
    public Uni<Response> csv(@PathParam("itppId") UUID itppId) {
        return visible(itppId)
                .map(framework -> Response.ok(ResultsCsv.of(framework))
                        .header("Content-Disposition", "attachment; filename=\"itpp-" + itppId + "-results.csv\"")
                        .build());
    }

    @Operation(
            summary = "Trace an ITPP from objectives to ratings",
            description =
                    "Each strategic objective with the goals serving it; per goal the PARP goals serving it, the activities (and the PCM events they attend) and, like the objective, the ratings the approved assessments gave it over the cycle, oldest first.")
    @GET
    @Path("/traceability")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Traceability> traceability(@PathParam("itppId") UUID itppId) {
        return queries.traceability(itppId)
                .map(trace -> access.visibleOrNotFound(trace, Traceability::partnerCode, "ITPP " + itppId));
    }

    private Uni<ResultsFramework> visible(UUID itppId) {
        return queries.framework(itppId)
                .map(framework -> access.visibleOrNotFound(framework, ResultsFramework::partnerCode, "ITPP " + itppId));
    }
}
