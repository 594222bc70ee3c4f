package org.oneplan.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.catalogue.ContributionApprovedEvent;
import org.oneplan.contracts.catalogue.ContributionCancelledEvent;
import org.oneplan.contracts.catalogue.ContributionDeclinedEvent;
import org.oneplan.contracts.catalogue.ContributionRevisedEvent;
import org.oneplan.contracts.catalogue.ContributionSubmittedEvent;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Framework;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.contracts.catalogue.IterationAddedEvent;
import org.oneplan.contracts.shared.Classification;

class CatalogueEventDocumentTest {

    private static final UUID ID = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
    private static final Instant APPROVED_AT = Instant.parse("2026-11-02T09:00:00Z");

    private static EventOffer offer(int maxSeats) {
        return new EventOffer(
                "Course",
                "About",
                UUID.randomUUID(),
                "DPB",
                DeliveryMethod.ONLINE_ADL,
                null,
                null,
                "English",
                "2-2-2-2",
                Classification.NATO_UNCLASSIFIED,
                List.of(Framework.NATO),
                false,
                1,
                maxSeats,
                BigDecimal.ZERO,
                "pcm@x.example");
    }

    private static Iteration iteration(int month) {
        return new Iteration(UUID.randomUUID(), LocalDate.of(2027, month, 1), LocalDate.of(2027, month, 2));
    }

    private static CatalogueEventDocument fold(Object... events) {
        CatalogueEventDocument document = null;
        for (int version = 0; version < events.length; version++) {
            document = CatalogueEventDocument.fold(document, events[version], version);
        }
        return document;
    }

    @Test
    void a_submitted_contribution_awaits_a_decision_and_is_not_yet_in_the_public_catalogue() {
        CatalogueEventDocument event =
                fold(new ContributionSubmittedEvent(ID, 2027, "GEO", offer(20), List.of(iteration(5))));
        assertThat(event.status()).isEqualTo(CatalogueEventStatus.SUBMITTED);
        assertThat(event.isPublic()).isFalse();
        assertThat(event.offer().hostNation()).isNull();
        assertThat(event.version()).isZero();
    }

    @Test
    void an_approved_event_keeps_its_iterations_in_date_order_its_revisions_and_its_cancellation() {
        CatalogueEventDocument event = fold(
                new ContributionSubmittedEvent(ID, 2027, "GEO", offer(20), List.of(iteration(5))),
                new ContributionApprovedEvent(ID, 2027, APPROVED_AT),
                new IterationAddedEvent(ID, iteration(2)),
                new ContributionRevisedEvent(ID, offer(12)),
                new ContributionCancelledEvent(ID, "Too few nominations"));
        assertThat(event.status()).isEqualTo(CatalogueEventStatus.CANCELLED);
        assertThat(event.isPublic()).isTrue();
        assertThat(event.approvedAt()).isEqualTo(APPROVED_AT);
        assertThat(event.iterations())
                .extracting(i -> i.start().getMonthValue())
                .containsExactly(2, 5);
        assertThat(event.offer().maxSeats()).isEqualTo(12);
        assertThat(event.cancellationReason()).isEqualTo("Too few nominations");
        assertThat(event.version()).isEqualTo(4);
    }

    @Test
    void a_declined_contribution_says_why_and_stays_out_of_the_catalogue() {
        CatalogueEventDocument event = fold(
                new ContributionSubmittedEvent(ID, 2027, "GEO", offer(20), List.of(iteration(5))),
                new ContributionDeclinedEvent(ID, "Offered already"));
        assertThat(event.status()).isEqualTo(CatalogueEventStatus.DECLINED);
        assertThat(event.declineReason()).isEqualTo("Offered already");
        assertThat(event.isPublic()).isFalse();
    }
}
