package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.oneplan.platform.rest.Page;

/** Reads of the participant registry: one participant, or a nation's (or every nation's) page of them. */
@ApplicationScoped
public class ParticipantQueries {

    @WithSession
    public Uni<ParticipantDocument> find(UUID id) {
        return ParticipantEntry.<ParticipantEntry>findById(id).map(entry -> entry == null ? null : entry.document());
    }

    /** @param nation null for every nation's participants */
    @WithSession
    public Uni<Page<ParticipantDocument>> list(String nation, int page, int size) {
        PanacheQuery<ParticipantEntry> query = nation == null
                ? ParticipantEntry.<ParticipantEntry>findAll(Sort.by("nation").and("id"))
                : ParticipantEntry.<ParticipantEntry>find("nation = ?1", Sort.by("id"), nation);
        query.page(page, size);
        return query.list()
                .chain(entries -> query.count()
                        .map(total -> new Page<>(
                                entries.stream().map(ParticipantEntry::document).toList(), page, size, total)));
    }
}
