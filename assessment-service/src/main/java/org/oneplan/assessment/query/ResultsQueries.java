package org.oneplan.assessment.query;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.oneplan.assessment.messaging.ItppViewEntry;

/** Reads an ITPP's results framework: the ITPP as the itpp topic told it, and its assessments. */
@ApplicationScoped
public class ResultsQueries {

    /** The framework of the ITPP, or null for an ITPP this service has not met. */
    @WithSession
    public Uni<ResultsFramework> framework(UUID itppId) {
        return ItppViewEntry.<ItppViewEntry>findById(itppId)
                .chain(itpp -> itpp == null
                        ? Uni.createFrom().nullItem()
                        : AssessmentEntry.<AssessmentEntry>list("itppId", itppId)
                                .map(assessments -> ResultsFramework.of(
                                        itpp.view(),
                                        assessments.stream()
                                                .map(AssessmentEntry::document)
                                                .toList())));
    }
}
