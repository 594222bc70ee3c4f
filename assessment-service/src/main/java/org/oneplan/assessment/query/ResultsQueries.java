package org.oneplan.assessment.query;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.oneplan.assessment.messaging.ItppView;
import org.oneplan.assessment.messaging.ItppViewEntry;

/** Reads across an ITPP's records: the ITPP as the itpp topic told it, and its assessments. */
@ApplicationScoped
public class ResultsQueries {

    /** The framework of the ITPP, or null for an ITPP this service has not met. */
    @WithSession
    public Uni<ResultsFramework> framework(UUID itppId) {
        return withAssessments(itppId, ResultsFramework::of);
    }

    /** The ITPP traced from objectives to ratings, or null for an ITPP this service has not met. */
    @WithSession
    public Uni<Traceability> traceability(UUID itppId) {
        return withAssessments(itppId, (itpp, assessments) -> Traceability.of(itpp, assessments, goal -> List.of()));
    }

    private static <T> Uni<T> withAssessments(UUID itppId, BiFunction<ItppView, List<AssessmentDocument>, T> read) {
        return ItppViewEntry.<ItppViewEntry>findById(itppId)
                .chain(itpp -> itpp == null
                        ? Uni.createFrom().<T>nullItem()
                        : AssessmentEntry.<AssessmentEntry>list("itppId", itppId)
                                .map(assessments -> read.apply(
                                        itpp.view(),
                                        assessments.stream()
                                                .map(AssessmentEntry::document)
                                                .toList())));
    }
}
