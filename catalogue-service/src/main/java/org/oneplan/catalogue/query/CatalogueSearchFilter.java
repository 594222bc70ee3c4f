package org.oneplan.catalogue.query;

import java.time.LocalDate;
import org.oneplan.contracts.catalogue.DeliveryMethod;

/**
 * What a search of the catalogue asks for; every field but the caller's may be null (no filter).
 *
 * @param q words in the title or description, in web search syntax ("quoted phrase", or, -word)
 * @param language the language taught in, any case
 * @param from with {@code to}: an iteration lies wholly between them (inclusive)
 * @param eligibleFor a partner's code: events whose eligible audience names one of its frameworks, or others
 *     as approved
 * @param sort {@code start} (first iteration, then title), {@code title}, or {@code relevance} (rank of q)
 * @param everything staff and inspectors see every contribution, drafts and declined ones included
 * @param ownNation besides the catalogue, the caller sees the contributions its nation offered (or null)
 */
public record CatalogueSearchFilter(
        Integer year,
        String disciplineCode,
        String q,
        String hostNation,
        DeliveryMethod delivery,
        String language,
        LocalDate from,
        LocalDate to,
        String eligibleFor,
        String sort,
        boolean everything,
        String ownNation) {

    public boolean hasWords() {
        return q != null && !q.isBlank();
    }
}
