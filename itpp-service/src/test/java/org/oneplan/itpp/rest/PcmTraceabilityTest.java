package org.oneplan.itpp.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.oneplan.itpp.rest.ItppApi.approve;
import static org.oneplan.itpp.rest.ItppApi.as;
import static org.oneplan.itpp.rest.ItppApi.asStaffOn;
import static org.oneplan.itpp.rest.ItppApi.draftWhenPartnerKnown;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.catalogue.Attendance;
import org.oneplan.contracts.catalogue.AttendanceRecordedEvent;
import org.oneplan.contracts.catalogue.NominationAcceptedEvent;
import org.oneplan.contracts.catalogue.NominationWaitlistedEvent;
import org.oneplan.contracts.catalogue.ParticipantNominatedEvent;
import org.oneplan.contracts.shared.Classification;
import org.oneplan.platform.testing.OtherServiceTopic;
import org.oneplan.platform.testing.TestTokens;

/**
 * catalogue-service's nominations and attendance, arriving on {@code oneplan.catalogue.events}, appear under
 * the ITPP activity that refers to the PCM event, counted for the ITPP's partner only and naming nobody:
 * objective → goal → activity → PCM event → attendance.
 */
@QuarkusTest
class PcmTraceabilityTest extends ItppHttpTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void a_pcm_activity_shows_its_partners_accepted_nominees_attendance_and_completion() {
        UUID serbia = PartnerTopic.registerPartner(kafka, "SRB");
        int cycle = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        String itpp = draftWhenPartnerKnown(serbia, cycle);
        String goal = approve(itpp, cycle, "SRB", clock);
        UUID course = UUID.randomUUID();
        UUID iteration = UUID.randomUUID();
        asStaffOn(itpp)
                .body(Map.of(
                        "title",
                        "Staff officer course",
                        "type",
                        "PCM_EVENT",
                        "goalIds",
                        List.of(goal),
                        "plannedFrom",
                        cycle + "-09-01",
                        "plannedUntil",
                        cycle + "-09-12",
                        "lead",
                        Map.of("kind", "NATO_BODY", "name", "NATO School Oberammergau"),
                        "pcmEventCode",
                        course.toString()))
                .post("/itpps/" + itpp + "/activities")
                .then()
                .statusCode(201);

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID otherNations = UUID.randomUUID();
        long sequence = 0;
        for (Object event : List.of(
                nominated(course, iteration, first, "SRB"),
                nominated(course, iteration, second, "SRB"),
                nominated(course, iteration, third, "SRB"),
                nominated(course, iteration, otherNations, "MDA"),
                new NominationAcceptedEvent(course, iteration, first, "SRB", true, AT),
                new NominationAcceptedEvent(course, iteration, second, "SRB", true, AT),
                new NominationWaitlistedEvent(course, iteration, third, "SRB", AT),
                new NominationAcceptedEvent(course, iteration, otherNations, "MDA", true, AT),
                new AttendanceRecordedEvent(course, iteration, first, "SRB", Attendance.ATTENDED, true, AT),
                new AttendanceRecordedEvent(course, iteration, second, "SRB", Attendance.NO_SHOW, false, AT))) {
            OtherServiceTopic.of(kafka, "catalogue").publish("Contribution", course, sequence++, event);
        }

        String pcm = "objectives[0].goals[0].pcmEvents";
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.partner("SRB"))
                        .get("/itpps/" + itpp + "/traceability")
                        .then()
                        .statusCode(200)
                        .body(pcm, hasSize(1))
                        .body(pcm + "[0].catalogueEventId", equalTo(course.toString()))
                        .body(pcm + "[0].participation.nation", equalTo("SRB"))
                        .body(pcm + "[0].participation.nominated", equalTo(3))
                        .body(pcm + "[0].participation.accepted", equalTo(2))
                        .body(pcm + "[0].participation.waitlisted", equalTo(1))
                        .body(pcm + "[0].participation.attended", equalTo(1))
                        .body(pcm + "[0].participation.noShow", equalTo(1))
                        .body(pcm + "[0].participation.completed", equalTo(1)));
    }

    private static ParticipantNominatedEvent nominated(UUID course, UUID iteration, UUID nomination, String nation) {
        return new ParticipantNominatedEvent(
                course, iteration, nomination, UUID.randomUUID(), nation, Classification.NATO_UNCLASSIFIED, true, AT);
    }
}
