package org.oneplan.assessment.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.platform.rest.Page;

/** Reads of assessments. */
@ApplicationScoped
public class AssessmentQueries {

    /**
     * @param partnerCode pins the list to one partner
     * @param consultedOnly only the texts put to the partner (what a partner delegation may list)
     */
    public record Filter(
            String partnerCode, UUID itppId, AssessmentKind kind, AssessmentStatus status, boolean consultedOnly) {}

    @WithSession
    public Uni<Page<AssessmentDocument>> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.partnerCode() != null) {
            where.append(" and partnerCode = :partnerCode");
            parameters.put("partnerCode", filter.partnerCode());
        }
        if (filter.itppId() != null) {
            where.append(" and itppId = :itppId");
            parameters.put("itppId", filter.itppId());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.consultedOnly()) {
            where.append(" and partnerConsulted = true");
        }
        PanacheQuery<AssessmentEntry> query = AssessmentEntry.find(
                        where.toString(), Sort.by("partnerCode").and("kind").and("id"), parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream().map(AssessmentEntry::document).toList(), page, size, total)));
    }

    @WithSession
    public Uni<AssessmentDocument> find(UUID id) {
        return AssessmentEntry.<AssessmentEntry>findById(id).map(entry -> entry == null ? null : entry.document());
    }
}
