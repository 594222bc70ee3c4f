package org.oneplan.assessment.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.platform.rest.Page;

/** Reads of PARP assessments. */
@ApplicationScoped
public class ParpAssessmentQueries {

    /**
     * @param partnerCode pins the list to one partner
     * @param consultedOnly only the texts put to the partner (what a partner delegation may list)
     */
    public record Filter(
            String partnerCode,
            UUID parpCycleId,
            UUID itppId,
            Integer reviewYear,
            AssessmentStatus status,
            boolean consultedOnly) {}

    @WithSession
    public Uni<Page<ParpAssessmentDocument>> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "partnerCode", filter.partnerCode());
        condition(where, parameters, "parpCycleId", filter.parpCycleId());
        condition(where, parameters, "itppId", filter.itppId());
        condition(where, parameters, "reviewYear", filter.reviewYear());
        condition(where, parameters, "status", filter.status());
        if (filter.consultedOnly()) {
            where.append(" and partnerConsulted = true");
        }
        PanacheQuery<ParpAssessmentEntry> query = ParpAssessmentEntry.find(
                        where.toString(),
                        Sort.by("partnerCode").and("reviewYear").and("revision").and("id"),
                        parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream()
                                        .map(ParpAssessmentEntry::document)
                                        .toList(),
                                page,
                                size,
                                total)));
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }

    @WithSession
    public Uni<ParpAssessmentDocument> find(UUID id) {
        return ParpAssessmentEntry.<ParpAssessmentEntry>findById(id)
                .map(entry -> entry == null ? null : entry.document());
    }

    /**
     * The approved PARP assessments that are evidence for an ITPP's assessment of a period: those of PARP
     * cycles in that ITPP starting in the period's years (cycle 1 for the mid-term, cycle 2 for the end of cycle).
     */
    @WithSession
    public Uni<List<ParpAssessmentDocument>> approvedEvidence(UUID itppId, int fromYear, int toYear) {
        return ParpAssessmentEntry.<ParpAssessmentEntry>find(
                        "itppId = :itpp and status = :approved and cycleStartYear between :from and :to",
                        Sort.by("reviewYear").and("revision"),
                        Map.of(
                                "itpp", itppId,
                                "approved", AssessmentStatus.APPROVED,
                                "from", fromYear,
                                "to", toYear))
                .list()
                .map(entries ->
                        entries.stream().map(ParpAssessmentEntry::document).toList());
    }
}
