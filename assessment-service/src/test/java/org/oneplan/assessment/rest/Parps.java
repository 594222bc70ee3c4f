package org.oneplan.assessment.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;
import org.oneplan.platform.testing.LatestVersion;
import org.oneplan.platform.testing.OtherServiceTopic;
import org.oneplan.platform.testing.TestTokens;

/** Plays parp-service's part in the tests: a PARP cycle's life on {@code oneplan.parp.events}, event by event. */
final class Parps {

    private final OtherServiceTopic topic;

    Parps(String bootstrap) {
        this.topic = OtherServiceTopic.of(bootstrap, "parp");
    }

    /** Staff changing a PARP assessment, with If-Match naming its latest version. */
    static RequestSpecification asStaffOn(String assessment) {
        return given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.staff())
                .header("If-Match", LatestVersion.etagOf("/parp-assessments/" + assessment));
    }

    /** A cycle opened in {@code itppId}'s cycle (null: none), publishing its events in order. */
    Cycle opened(String partnerCode, int startYear, UUID itppId) {
        Cycle cycle = new Cycle(UUID.randomUUID(), partnerCode, startYear, itppId);
        cycle.publish(
                new ParpCycleOpenedEvent(cycle.id, Itpps.partnerIdOf(partnerCode), partnerCode, startYear, itppId));
        return cycle;
    }

    final class Cycle {
        final UUID id;
        final String partnerCode;
        final int startYear;
        final UUID itppId;
        private long sequence;

        private Cycle(UUID id, String partnerCode, int startYear, UUID itppId) {
            this.id = id;
            this.partnerCode = partnerCode;
            this.startYear = startYear;
            this.itppId = itppId;
        }

        void publish(Object event) {
            topic.publish("ParpCycle", id, sequence++, event);
        }

        /** The package approved with one goal per code; returns their ids in order. */
        List<UUID> approved(Instant at, String... codes) {
            List<ApprovedParpGoal> goals = java.util.Arrays.stream(codes)
                    .map(code -> new ApprovedParpGoal(
                            UUID.randomUUID(),
                            code,
                            "Goal " + code,
                            CapabilityArea.LAND,
                            startYear,
                            startYear + 1,
                            List.of()))
                    .toList();
            publish(new ParpPackageApprovedEvent(id, at, Itpps.partnerIdOf(partnerCode), partnerCode, itppId, goals));
            return goals.stream().map(ApprovedParpGoal::goalId).toList();
        }

        void progress(UUID goalId, ImplementationStatus status, String evidence) {
            publish(new ParpGoalProgressRecordedEvent(id, goalId, status, evidence, LocalDate.of(startYear + 1, 5, 4)));
        }
    }
}
