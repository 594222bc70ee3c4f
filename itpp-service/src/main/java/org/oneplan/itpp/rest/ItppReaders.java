package org.oneplan.itpp.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.oneplan.itpp.query.ItppDocument;
import org.oneplan.itpp.query.ItppQueries;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.rest.PartnerRecordReader;

/** The reader of ITPPs for the current caller (a partner delegation only its own), now or as of the past. */
@ApplicationScoped
public class ItppReaders {

    @Produces
    PartnerRecordReader<ItppDocument> itpps(
            ItppQueries queries, EventHistory history, AccessPolicy access, OnePlanConfig config) {
        return new PartnerRecordReader<>(
                new PartnerRecordReader.Kind<>(
                        "ITPP", queries::find, ItppDocument::fold, ItppDocument::version, ItppDocument::partnerCode),
                history,
                access,
                config.projections().maxWait());
    }
}
