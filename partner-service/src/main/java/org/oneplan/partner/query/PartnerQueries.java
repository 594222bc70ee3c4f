package org.oneplan.partner.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerStatus;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.partner.api.AllyView;
import org.oneplan.platform.rest.Page;

/** Reads of the partner directory and the Ally roster. */
@ApplicationScoped
public class PartnerQueries {

    /** Filters of the directory; {@code code} pins the list to one partner (a partner delegation's own). */
    public record Filter(Framework framework, PartnerStatus status, Programme programme, String code) {}

    @WithSession
    public Uni<Page<PartnerView>> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.framework() != null) {
            where.append(" and frameworks like :framework");
            parameters.put("framework", CodeList.pattern(filter.framework()));
        }
        if (filter.programme() != null) {
            where.append(" and programmes like :programme");
            parameters.put("programme", CodeList.pattern(filter.programme()));
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.code() != null) {
            where.append(" and code = :code");
            parameters.put("code", filter.code());
        }
        PanacheQuery<PartnerEntry> query = PartnerEntry.find(
                        where.toString(), Sort.by("name").and("id"), parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream().map(PartnerQueries::view).toList(), page, size, total)));
    }

    @WithSession
    public Uni<PartnerView> find(UUID id) {
        return PartnerEntry.<PartnerEntry>findById(id).map(entry -> entry == null ? null : view(entry));
    }

    /** The Allies on the roster on {@code day}: every nation admitted on or before it. */
    @WithSession
    public Uni<List<AllyView>> alliesOn(LocalDate day) {
        return AllyEntry.<AllyEntry>list("accessionDate <= ?1", Sort.by("code"), day)
                .map(allies -> allies.stream()
                        .map(ally -> new AllyView(ally.id, ally.code, ally.name, ally.accessionDate))
                        .toList());
    }

    static PartnerView view(PartnerEntry entry) {
        Participation participation = Participation.fromJson(entry.participation);
        return new PartnerView(
                entry.id,
                entry.code,
                entry.name,
                entry.kind,
                CodeList.parse(entry.frameworks, Framework.class),
                entry.membershipActionPlan,
                entry.status,
                entry.status == PartnerStatus.SUSPENDED
                        ? new PartnerView.Suspension(entry.suspendedOn, entry.suspensionReason)
                        : null,
                participation.programmes(),
                participation.predecessorProgrammes(),
                entry.registeredOn,
                entry.version);
    }
}
