package org.oneplan.catalogue.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.oneplan.contracts.catalogue.Iteration;

/**
 * The catalogue as an iCalendar object (RFC 5545): one VEVENT per iteration, all-day (DTEND the day after
 * the last day, as VALUE=DATE ends are exclusive), its UID the iteration's id, so that a calendar that
 * imports the file again updates the runs instead of duplicating them. Text is escaped and every line
 * folded at 75 octets, lines ending with CRLF.
 */
public final class CatalogueIcs {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder ics = new StringBuilder();

    private CatalogueIcs() {}

    /** @param generated when the object is made (DTSTAMP of every VEVENT, as METHOD:PUBLISH asks) */
    public static String of(List<CatalogueEventDocument> events, Instant generated) {
        CatalogueIcs calendar = new CatalogueIcs();
        calendar.line("BEGIN:VCALENDAR")
                .line("VERSION:2.0")
                .line("PRODID:-//OnePlan//Partnership Cooperation Menu//EN")
                .line("CALSCALE:GREGORIAN")
                .line("METHOD:PUBLISH");
        for (CatalogueEventDocument event : events) {
            for (Iteration run : event.iterations()) {
                calendar.event(event, run, generated);
            }
        }
        return calendar.line("END:VCALENDAR").ics.toString();
    }

    private void event(CatalogueEventDocument event, Iteration run, Instant generated) {
        CatalogueEventOffer offer = event.offer();
        line("BEGIN:VEVENT")
                .line("UID:" + run.iterationId() + "@catalogue.oneplan")
                .line("DTSTAMP:" + STAMP.format(generated))
                .line("DTSTART;VALUE=DATE:" + DAY.format(run.start()))
                .line("DTEND;VALUE=DATE:" + DAY.format(exclusiveEnd(run.end())))
                .line("SUMMARY:" + text(offer.title()))
                .line("LOCATION:" + text(offer.city() == null ? "Online" : offer.city() + ", " + offer.hostNation()))
                .line("DESCRIPTION:" + text(description(event)))
                .line("STATUS:" + status(event))
                .line("END:VEVENT");
    }

    static LocalDate exclusiveEnd(LocalDate lastDay) {
        return lastDay.plusDays(1);
    }

    private static String description(CatalogueEventDocument event) {
        CatalogueEventOffer offer = event.offer();
        return offer.description() + "\n\nDiscipline: " + offer.disciplineCode() + "; delivery: "
                + offer.deliveryMethod() + "; language: " + offer.language() + " " + offer.languageLevel()
                + "; eligible: "
                + offer.eligibleAudience().stream().map(Enum::name).collect(Collectors.joining(", "))
                + "; seats: " + offer.minSeats() + "-" + offer.maxSeats() + "; fee: EUR "
                + offer.feeEuros().toPlainString() + "; point of contact: " + offer.pointOfContact()
                + "\nOffered by " + event.offeringNation() + "; catalogue event " + event.id();
    }

    private static String status(CatalogueEventDocument event) {
        switch (event.status()) {
            case APPROVED:
                return "CONFIRMED";
            case CANCELLED:
                return "CANCELLED";
            default:
                return "TENTATIVE";
        }
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets and no character is split. */
    private CatalogueIcs line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
        return this;
    }
}
