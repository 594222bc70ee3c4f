package org.oneplan.itpp.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.platform.rest.Page;

/** Reads of ITPP documents. */
@ApplicationScoped
public class ItppQueries {

    /** {@code partnerCode} pins the list to one partner (a partner delegation sees only its own). */
    public record Filter(String partnerCode, Integer cycleStartYear, ItppStatus status) {}

    @WithSession
    public Uni<Page<ItppDocument>> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.partnerCode() != null) {
            where.append(" and partnerCode = :partnerCode");
            parameters.put("partnerCode", filter.partnerCode());
        }
        if (filter.cycleStartYear() != null) {
            where.append(" and cycleStartYear = :cycleStartYear");
            parameters.put("cycleStartYear", filter.cycleStartYear());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        PanacheQuery<ItppEntry> query = ItppEntry.find(
                        where.toString(),
                        Sort.by("partnerCode").and("cycleStartYear").and("id"),
                        parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream().map(ItppQueries::view).toList(), page, size, total)));
    }

    @WithSession
    public Uni<ItppDocument> find(UUID id) {
        return ItppEntry.<ItppEntry>findById(id).map(entry -> entry == null ? null : view(entry));
    }

    static ItppDocument view(ItppEntry entry) {
        return entry.document();
    }
}
