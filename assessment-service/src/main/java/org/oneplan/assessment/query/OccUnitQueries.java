package org.oneplan.assessment.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.platform.rest.Page;

/** Reads of OCC units. */
@ApplicationScoped
public class OccUnitQueries {

    /** @param partnerCode pins the list to one partner (null: all) */
    public record Filter(String partnerCode, OccDomain domain) {}

    @WithSession
    public Uni<Page<OccUnitDocument>> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.partnerCode() != null) {
            where.append(" and partnerCode = :partnerCode");
            parameters.put("partnerCode", filter.partnerCode());
        }
        if (filter.domain() != null) {
            where.append(" and domain = :domain");
            parameters.put("domain", filter.domain());
        }
        PanacheQuery<OccUnitEntry> query = OccUnitEntry.find(
                        where.toString(), Sort.by("partnerCode").and("name").and("id"), parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream().map(OccUnitEntry::document).toList(), page, size, total)));
    }

    @WithSession
    public Uni<OccUnitDocument> find(UUID id) {
        return OccUnitEntry.<OccUnitEntry>findById(id).map(entry -> entry == null ? null : entry.document());
    }
}
