package org.oneplan.parp.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.oneplan.parp.query.AnpDocument;
import org.oneplan.parp.query.AnpQueries;
import org.oneplan.parp.query.ParpCycleDocument;
import org.oneplan.parp.query.ParpQueries;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.rest.PartnerRecordReader;

/**
 * The readers of PARP cycles and Annual National Programmes for the current caller (a partner delegation
 * reads only its own), now or as of the past.
 */
@ApplicationScoped
public class PartnerRecordReaders {

    @Produces
    PartnerRecordReader<ParpCycleDocument> cycles(
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

    @Produces
    PartnerRecordReader<AnpDocument> programmes(
            AnpQueries queries, EventHistory history, AccessPolicy access, OnePlanConfig config) {
        return new PartnerRecordReader<>(
                new PartnerRecordReader.Kind<>(
                        "ANP", queries::find, AnpDocument::fold, AnpDocument::version, AnpDocument::partnerCode),
                history,
                access,
                config.projections().maxWait());
    }
}
