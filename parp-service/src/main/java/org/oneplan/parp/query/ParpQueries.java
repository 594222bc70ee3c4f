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

/** Reads of PARP cycles. */
@ApplicationScoped
public class ParpQueries {

    /** {@code partnerCode} pins the list to one partner (a partner delegation sees only its own). */
    public record Filter(String partnerCode, Integer startYear, ParpPackageStatus status) {}

    @WithSession
    public Uni<Page<ParpCycleDocument>> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.partnerCode() != null) {
            where.append(" and partnerCode = :partnerCode");
            parameters.put("partnerCode", filter.partnerCode());
        }
        if (filter.startYear() != null) {
            where.append(" and startYear = :startYear");
            parameters.put("startYear", filter.startYear());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        PanacheQuery<ParpCycleEntry> query = ParpCycleEntry.find(
                        where.toString(),
                        Sort.by("partnerCode").and("startYear").and("id"),
                        parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream().map(ParpCycleEntry::document).toList(), page, size, total)));
    }

    @WithSession
    public Uni<ParpCycleDocument> find(UUID id) {
        return ParpCycleEntry.<ParpCycleEntry>findById(id).map(entry -> entry == null ? null : entry.document());
    }
}
