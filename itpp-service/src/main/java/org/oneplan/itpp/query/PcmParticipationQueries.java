package org.oneplan.itpp.query;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A partner's participation in the PCM events an ITPP's activities refer to. */
@ApplicationScoped
public class PcmParticipationQueries {

    @WithSession
    public Uni<Map<UUID, PcmParticipation>> of(String nation, Collection<UUID> catalogueEventIds) {
        if (catalogueEventIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return PcmNominationEntry.<PcmNominationEntry>list(
                        "nation = ?1 and contributionId in ?2", nation, List.copyOf(catalogueEventIds))
                .map(nominations -> {
                    Map<UUID, List<PcmNominationEntry>> byEvent =
                            nominations.stream().collect(Collectors.groupingBy(entry -> entry.contributionId));
                    return catalogueEventIds.stream()
                            .collect(Collectors.toMap(
                                    id -> id,
                                    id -> PcmParticipation.of(id, nation, byEvent.getOrDefault(id, List.of()))));
                });
    }
}
