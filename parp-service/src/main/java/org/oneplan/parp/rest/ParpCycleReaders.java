package org.oneplan.parp.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.oneplan.parp.query.ParpCycleDocument;
import org.oneplan.parp.query.ParpQueries;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.history.PartnerRecordReader;
import org.oneplan.platform.identity.AccessPolicy;

/** The reader of PARP cycles for the current caller (a partner delegation only its own), now or as of the past. */
@ApplicationScoped
public class ParpCycleReaders {

    @Produces
    PartnerRecordReader<ParpCycleDocument> reader(
            ParpQueries queries, EventHistory history, AccessPolicy access, OnePlanConfig config) {
        return new PartnerRecordReader<>(
                new PartnerRecordReader.Kind<>(
                        "PARP cycle",
                        queries::find,
                        ParpCycleDocument::fold,
                        ParpCycleDocument::version,
                        ParpCycleDocument::partnerCode),
                history,
                access,
                config.projections().maxWait());
    }
}
