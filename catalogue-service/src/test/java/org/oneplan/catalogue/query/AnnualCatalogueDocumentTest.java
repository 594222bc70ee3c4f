package org.oneplan.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.catalogue.AnnualCatalogueCirculatedEvent;
import org.oneplan.contracts.catalogue.AnnualCataloguePublishedEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSilenceBrokenEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSubmittedEvent;

class AnnualCatalogueDocumentTest {

    private static final UUID ID = UUID.fromString("5e6f7a8b-9c0d-4e1f-8a3b-4c5d6e7f8a9b");
    private static final UUID ONE = UUID.fromString("6f7a8b9c-0d1e-4f2a-9b4c-5d6e7f8a9b0c");
    private static final UUID TWO = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d");
    private static final Instant ENDS = Instant.parse("2026-11-12T09:00:00Z");

    @Test
    void an_objection_sends_the_catalogue_back_and_the_resubmission_publishes_what_it_lists() {
        Object[] events = {
            new AnnualCatalogueSubmittedEvent(ID, 2027, List.of(ONE)),
            new AnnualCatalogueCirculatedEvent(ID, ENDS, List.of("FRA", "NOR")),
            new AnnualCatalogueSilenceBrokenEvent(ID, "FRA", "Missing a course"),
            new AnnualCatalogueSubmittedEvent(ID, 2027, List.of(ONE, TWO)),
            new AnnualCatalogueCirculatedEvent(ID, ENDS, List.of("FRA", "NOR")),
            new AnnualCataloguePublishedEvent(ID, 2027, ENDS, List.of(ONE, TWO))
        };
        AnnualCatalogueDocument catalogue = null;
        for (int version = 0; version < events.length; version++) {
            catalogue = AnnualCatalogueDocument.fold(catalogue, events[version], version);
            if (version == 2) {
                assertThat(catalogue.status()).isEqualTo(AnnualCatalogueDocument.Status.DRAFT);
                assertThat(catalogue.silenceEnds()).isNull();
            }
        }
        assertThat(catalogue.status()).isEqualTo(AnnualCatalogueDocument.Status.PUBLISHED);
        assertThat(catalogue.contributionIds()).containsExactly(ONE, TWO);
        assertThat(catalogue.publishedAt()).isEqualTo(ENDS);
        assertThat(catalogue.objections())
                .containsExactly(new AnnualCatalogueDocument.Objection("FRA", "Missing a course"));
        assertThat(catalogue.version()).isEqualTo(5);
    }
}
