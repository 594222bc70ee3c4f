package org.oneplan.assessment.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.oneplan.platform.rest.Page;

/** Reads of ANP assessments. */
@ApplicationScoped
public class AnpAssessmentQueries {

    /** @param consultedOnly only the texts put to the partner (what a partner delegation may list) */
    public record Filter(String partnerCode, Integer year, AssessmentStatus status, boolean consultedOnly) {}

    @WithSession
    public Uni<Page<AnpAssessmentDocument>> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.partnerCode() != null) {
            where.append(" and partnerCode = :partnerCode");
            parameters.put("partnerCode", filter.partnerCode());
        }
        if (filter.year() != null) {
            where.append(" and anpYear = :year");
            parameters.put("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.consultedOnly()) {
            where.append(" and partnerConsulted = true");
        }
        PanacheQuery<AnpAssessmentEntry> query = AnpAssessmentEntry.find(
                        where.toString(), Sort.by("partnerCode").and("anpYear").and("id"), parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream()
                                        .map(AnpAssessmentEntry::document)
                                        .toList(),
                                page,
                                size,
                                total)));
    }

    @WithSession
    public Uni<AnpAssessmentDocument> find(UUID id) {
        return AnpAssessmentEntry.<AnpAssessmentEntry>findById(id)
                .map(entry -> entry == null ? null : entry.document());
    }
}
