package org.oneplan.contracts.itpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItppStatusTest {

    private static final UUID ITPP = UUID.fromString("a1a1a1a1-0000-4000-8000-000000000001");

    @Test
    void a_text_goes_from_draft_through_submission_and_circulation_to_approval() {
        ItppStatus status = ItppStatus.DRAFT
                .after(new ItppSubmittedEvent(ITPP), false)
                .after(new PartnerAgreementRecordedEvent(ITPP, "GEO"), false);
        assertThat(status).isEqualTo(ItppStatus.SUBMITTED);
        status = status.after(new ItppCirculatedEvent(ITPP, Instant.EPOCH, List.of("FRA")), false);
        assertThat(status).isEqualTo(ItppStatus.CIRCULATED);
        assertThat(status.after(new ItppApprovedEvent(ITPP, Instant.EPOCH), false))
                .isEqualTo(ItppStatus.APPROVED);
    }

    @Test
    void a_failed_approval_returns_a_first_draft_to_draft_and_an_amendment_to_amending() {
        assertThat(ItppStatus.CIRCULATED.after(new SilenceBrokenEvent(ITPP, "FRA", "No"), false))
                .isEqualTo(ItppStatus.DRAFT);
        assertThat(ItppStatus.CIRCULATED.after(new SilenceProcedureLapsedEvent(ITPP, "No agreement"), true))
                .isEqualTo(ItppStatus.AMENDING);
        assertThat(ItppStatus.APPROVED.after(new AmendmentOpenedEvent(ITPP, 1, "Mid-term"), true))
                .isEqualTo(ItppStatus.AMENDING);
        assertThat(ItppStatus.AMENDING.isDrafting()).isTrue();
        assertThat(ItppStatus.SUBMITTED.isDrafting()).isFalse();
    }
}
