package org.oneplan.assessment.query;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.oneplan.assessment.messaging.ItppView;
import org.oneplan.assessment.messaging.ItppViewEntry;
import org.oneplan.assessment.messaging.ParpCycleViewEntry;

/**
 * Reads across an ITPP's records: the ITPP as the itpp topic told it, its assessments, and what serves its
 * goals (PARP cycles of the ITPP, the partner's OCC units). One session, one query after the other.
 */
@ApplicationScoped
public class ResultsQueries {

    /** The framework of the ITPP, or null for an ITPP this service has not met. */
    @WithSession
    public Uni<ResultsFramework> framework(UUID itppId) {
        return itpp(itppId)
                .chain(itpp -> itpp == null
                        ? Uni.createFrom().<ResultsFramework>nullItem()
                        : assessmentsOf(itppId).map(assessments -> ResultsFramework.of(itpp, assessments)));
    }

    /** The ITPP traced from objectives to ratings, or null for an ITPP this service has not met. */
    @WithSession
    public Uni<Traceability> traceability(UUID itppId) {
        return itpp(itppId)
                .chain(itpp -> itpp == null
                        ? Uni.createFrom().<Traceability>nullItem()
                        : assessmentsOf(itppId)
                                .chain(assessments -> ParpCycleViewEntry.<ParpCycleViewEntry>list("itppId", itppId)
                                        .chain(cycles -> OccUnitEntry.<OccUnitEntry>list(
                                                        "partnerCode", itpp.partnerCode())
                                                .map(units -> Traceability.of(
                                                        itpp,
                                                        assessments,
                                                        all(cycles, ParpCycleViewEntry::view),
                                                        all(units, OccUnitEntry::document))))));
    }

    private static Uni<ItppView> itpp(UUID itppId) {
        return ItppViewEntry.<ItppViewEntry>findById(itppId).map(entry -> entry == null ? null : entry.view());
    }

    private static Uni<List<AssessmentDocument>> assessmentsOf(UUID itppId) {
        return AssessmentEntry.<AssessmentEntry>list("itppId", itppId)
                .map(entries -> all(entries, AssessmentEntry::document));
    }

    private static <E, D> List<D> all(List<E> entries, Function<E, D> document) {
        return entries.stream().map(document).toList();
    }
}
