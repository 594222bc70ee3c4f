package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.platform.rest.Page;

/** Reads of the catalogue: its events, its reference data and its years. */
@ApplicationScoped
public class CatalogueQueries {

    /**
     * A search of the catalogue's events.
     *
     * @param q words the title or description contains (a first search; full text comes later)
     * @param everything staff and inspectors see every contribution, drafts and declined ones included
     * @param ownNation besides the catalogue, the caller sees the contributions its nation offered (or null)
     */
    public record Filter(
            Integer year,
            String disciplineCode,
            String q,
            String hostNation,
            DeliveryMethod delivery,
            boolean everything,
            String ownNation) {}

    @WithSession
    public Uni<Page<CatalogueEventDocument>> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.everything()) {
            where.append(" and (status in (:public)");
            parameters.put("public", List.of(CatalogueEventStatus.APPROVED, CatalogueEventStatus.CANCELLED));
            if (filter.ownNation() != null) {
                where.append(" or offeringNation = :ownNation");
                parameters.put("ownNation", filter.ownNation());
            }
            where.append(")");
        }
        if (filter.year() != null) {
            where.append(" and year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.disciplineCode() != null) {
            where.append(" and disciplineCode = :discipline");
            parameters.put("discipline", filter.disciplineCode());
        }
        if (filter.hostNation() != null) {
            where.append(" and hostNation = :hostNation");
            parameters.put("hostNation", filter.hostNation());
        }
        if (filter.delivery() != null) {
            where.append(" and deliveryMethod = :delivery");
            parameters.put("delivery", filter.delivery());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(title) like :q escape '\\' or lower(description) like :q escape '\\')");
            parameters.put("q", "%" + escaped(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        PanacheQuery<CatalogueEventEntry> query = CatalogueEventEntry.find(
                        where.toString(), Sort.by("year").and("title").and("id"), parameters)
                .page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream()
                                        .map(CatalogueEventEntry::document)
                                        .toList(),
                                page,
                                size,
                                total)));
    }

    /** LIKE's wildcards in the words searched for mean themselves. */
    private static String escaped(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @WithSession
    public Uni<CatalogueEventDocument> find(UUID id) {
        return CatalogueEventEntry.<CatalogueEventEntry>findById(id)
                .map(entry -> entry == null ? null : entry.document());
    }

    @WithSession
    public Uni<List<DisciplineDocument>> disciplines() {
        return DisciplineEntry.<DisciplineEntry>listAll(Sort.by("code"))
                .map(entries -> entries.stream().map(DisciplineEntry::document).toList());
    }

    @WithSession
    public Uni<List<InstitutionDocument>> institutions() {
        return InstitutionEntry.<InstitutionEntry>listAll(Sort.by("name"))
                .map(entries -> entries.stream().map(InstitutionEntry::document).toList());
    }

    @WithSession
    public Uni<AnnualCatalogueDocument> catalogue(int year) {
        return AnnualCatalogueEntry.<AnnualCatalogueEntry>find("year", year)
                .firstResult()
                .map(entry -> entry == null ? null : entry.document());
    }
}
