package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads of the catalogue: its events, its reference data and its years. */
@ApplicationScoped
public class CatalogueQueries {

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
