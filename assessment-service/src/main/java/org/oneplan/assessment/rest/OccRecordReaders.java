package org.oneplan.assessment.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.oneplan.assessment.query.OccUnitDocument;
import org.oneplan.assessment.query.OccUnitQueries;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.rest.PartnerRecordReader;

/** The reader of OCC units for the current caller (a partner delegation reads only its own), now or as of the past. */
@ApplicationScoped
public class OccRecordReaders {

    @Produces
    PartnerRecordReader<OccUnitDocument> units(
            OccUnitQueries queries, EventHistory history, AccessPolicy access, OnePlanConfig config) {
        return new PartnerRecordReader<>(
                new PartnerRecordReader.Kind<>(
                        "OCC unit",
                        queries::find,
                        OccUnitDocument::fold,
                        OccUnitDocument::version,
                        OccUnitDocument::partnerCode),
                history,
                access,
                config.projections().maxWait());
    }
}
