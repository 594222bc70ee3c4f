package org.oneplan.assessment.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.oneplan.assessment.query.AnpAssessmentDocument;
import org.oneplan.assessment.query.AnpAssessmentQueries;
import org.oneplan.assessment.query.AssessmentDocument;
import org.oneplan.assessment.query.AssessmentQueries;
import org.oneplan.assessment.query.ParpAssessmentDocument;
import org.oneplan.assessment.query.ParpAssessmentQueries;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.rest.PartnerRecordReader;

/**
 * The reader of assessments for the current caller, now or as of the past: a partner delegation reads only
 * its own nation's. That it reads them only once consulted is {@link ConsultedPartner}'s rule, on top.
 */
@ApplicationScoped
public class PartnerRecordReaders {

    @Produces
    PartnerRecordReader<AssessmentDocument> assessments(
            AssessmentQueries queries, EventHistory history, AccessPolicy access, OnePlanConfig config) {
        return new PartnerRecordReader<>(
                new PartnerRecordReader.Kind<>(
                        "Assessment",
                        queries::find,
                        AssessmentDocument::fold,
                        AssessmentDocument::version,
                        AssessmentDocument::partnerCode),
                history,
                access,
                config.projections().maxWait());
    }

    @Produces
    PartnerRecordReader<ParpAssessmentDocument> parpAssessments(
            ParpAssessmentQueries queries, EventHistory history, AccessPolicy access, OnePlanConfig config) {
        return new PartnerRecordReader<>(
                new PartnerRecordReader.Kind<>(
                        "PARP assessment",
                        queries::find,
                        ParpAssessmentDocument::fold,
                        ParpAssessmentDocument::version,
                        ParpAssessmentDocument::partnerCode),
                history,
                access,
                config.projections().maxWait());
    }

    @Produces
    PartnerRecordReader<AnpAssessmentDocument> anpAssessments(
            AnpAssessmentQueries queries, EventHistory history, AccessPolicy access, OnePlanConfig config) {
        return new PartnerRecordReader<>(
                new PartnerRecordReader.Kind<>(
                        "ANP assessment",
                        queries::find,
                        AnpAssessmentDocument::fold,
                        AnpAssessmentDocument::version,
                        AnpAssessmentDocument::partnerCode),
                history,
                access,
                config.projections().maxWait());
    }
}
