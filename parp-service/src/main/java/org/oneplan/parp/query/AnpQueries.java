package org.oneplan.parp.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.oneplan.platform.rest.Page;

/** Reads of Annual National Programmes. */
@ApplicationScoped
public class AnpQueries {

    /** {@code partnerCode} pins the list to one partner (a partner delegation sees only its own). */
    public record Filter(String partnerCode, Integer year, AnpDocument.Status status) {}

    @WithSession
    public Uni<Page<AnpDocument>> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.partnerCode() != null) {
            where.append(" and partnerCode = :partnerCode");
            parameters.put("partnerCode", filter.partnerCode());
        }
        if (filter.year() != null) {
            where.append(" and year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        PanacheQuery<AnpEntry> query = AnpEntry.find(
                        where.toString(), Sort.by("partnerCode").and("year").and("id"), parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream().map(AnpEntry::document).toList(), page, size, total)));
    }

    @WithSession
    public Uni<AnpDocument> find(UUID id) {
        return AnpEntry.<AnpEntry>findById(id).map(entry -> entry == null ? null : entry.document());
    }
}
