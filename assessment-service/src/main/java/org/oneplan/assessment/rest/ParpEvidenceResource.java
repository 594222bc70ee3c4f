package org.oneplan.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oneplan.assessment.query.AssessmentDocument;
import org.oneplan.assessment.query.ParpAssessmentDocument;
import org.oneplan.assessment.query.ParpAssessmentQueries;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.PartnerRecordReader;

/**
 * The approved PARP assessments that are evidence for an ITPP assessment: those of the same ITPP's PARP cycle
 * of the same period (years 1-2 for the mid-term, years 3-4 for the end of cycle), joined at read time.
 */
@Tag(name = "Assessments", description = "ITPP assessments: opening, reading now and as of the past, history")
@Path("/assessments/{id}/parp-assessments")
@Produces(MediaType.APPLICATION_JSON)
public class ParpEvidenceResource {

    private final PartnerRecordReader<AssessmentDocument> reader;
    private final ConsultedPartner consulted;
    private final ParpAssessmentQueries parpAssessments;

    ParpEvidenceResource(
            PartnerRecordReader<AssessmentDocument> reader,
            ConsultedPartner consulted,
            ParpAssessmentQueries parpAssessments) {
        this.reader = reader;
        this.consulted = consulted;
        this.parpAssessments = parpAssessments;
    }

    @Operation(
            summary = "Read the PARP assessments an ITPP assessment rests on",
            description =
                    "The approved PARP assessments (every approved revision) of the PARP cycle of the ITPP that covers the assessed period: the cycle starting in year 1 for the mid-term, in year 3 for the end-of-cycle assessment.")
    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ALLY, Roles.INSPECTOR, Roles.PARTNER})
    public Uni<List<ParpAssessmentDocument>> evidence(@PathParam("id") UUID id) {
        return reader.current(id, null).map(consulted::mayRead).chain(assessment -> {
            int first = assessment.cycleStartYear() + (assessment.kind() == AssessmentKind.MID_TERM ? 0 : 2);
            return parpAssessments.approvedEvidence(assessment.itppId(), first, first + 1);
        });
    }
}
