package org.oneplan.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.catalogue.ContributionApprovedEvent;
import org.oneplan.contracts.catalogue.ContributionSubmittedEvent;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Framework;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.contracts.shared.Classification;

class CatalogueIcsTest {

    private static final UUID ID = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
    private static final Instant NOW = Instant.parse("2038-01-01T00:00:00Z");

    private static CatalogueEventDocument approved(String title, Iteration... runs) {
        EventOffer offer = new EventOffer(
                title,
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
                20,
                BigDecimal.ZERO,
                "pcm@x.example");
        CatalogueEventDocument submitted = CatalogueEventDocument.fold(
                null, new ContributionSubmittedEvent(ID, 2038, "NATO", offer, List.of(runs)), 0);
        return CatalogueEventDocument.fold(submitted, new ContributionApprovedEvent(ID, 2038, NOW), 1);
    }

    private static Iteration run(int month, int firstDay, int lastDay) {
        return new Iteration(
                UUID.nameUUIDFromBytes(("run" + month).getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2038, month, firstDay),
                LocalDate.of(2038, month, lastDay));
    }

    @Test
    void text_escapes_backslash_semicolon_comma_and_line_breaks() {
        assertThat(CatalogueIcs.text("a\\b; c, d\r\ne\nf")).isEqualTo("a\\\\b\\; c\\, d\\ne\\nf");
    }

    @Test
    void one_all_day_vevent_per_iteration_ending_the_day_after_the_last_day() {
        String ics = CatalogueIcs.of(List.of(approved("Course", run(3, 1, 5), run(12, 29, 31))), NOW);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics)
                .contains("DTSTART;VALUE=DATE:20380301\r\nDTEND;VALUE=DATE:20380306\r\n")
                .contains("DTSTART;VALUE=DATE:20381229\r\nDTEND;VALUE=DATE:20390101\r\n")
                .contains("UID:" + run(3, 1, 5).iterationId() + "@catalogue.oneplan\r\n")
                .contains("DTSTAMP:20380101T000000Z\r\n")
                .contains("STATUS:CONFIRMED\r\n")
                .contains("LOCATION:Online\r\n");
    }

    @Test
    void long_lines_fold_at_75_octets_without_splitting_a_character() {
        String ics = CatalogueIcs.of(List.of(approved("Ø".repeat(60), run(3, 1, 5))), NOW);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n Ø");
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + "Ø".repeat(60) + "\r\n");
    }
}
