package org.oneplan.assessment.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.platform.testing.OtherServiceTopic;

/** Plays itpp-service's part in the tests: an ITPP's life on {@code oneplan.itpp.events}, event by event. */
final class Itpps {

    private final OtherServiceTopic topic;

    Itpps(String bootstrap) {
        this.topic = OtherServiceTopic.of(bootstrap, "itpp");
    }

    static UUID partnerIdOf(String code) {
        return UUID.nameUUIDFromBytes(("oneplan:partner:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** One ITPP, publishing its events in order (its sequence counts on). */
    Itpp drafted(String partnerCode, int cycleStartYear) {
        Itpp itpp = new Itpp(UUID.randomUUID(), partnerCode, cycleStartYear);
        itpp.publish(new ItppDraftedEvent(itpp.id, partnerIdOf(partnerCode), partnerCode, cycleStartYear));
        return itpp;
    }

    final class Itpp {
        final UUID id;
        final String partnerCode;
        final int cycleStartYear;
        private long sequence;

        private Itpp(UUID id, String partnerCode, int cycleStartYear) {
            this.id = id;
            this.partnerCode = partnerCode;
            this.cycleStartYear = cycleStartYear;
        }

        void publish(Object event) {
            topic.publish("Itpp", id, sequence++, event);
        }

        /** A goal with one milestone due in year 2; returns the goal. */
        UUID goalWithMilestone(UUID goalId, UUID milestoneId, String title) {
            publish(new PartnershipGoalAddedEvent(
                    id,
                    goalId,
                    title,
                    "Certified at level 2",
                    "Operations",
                    List.of(UUID.randomUUID()),
                    List.of(new Milestone(milestoneId, "Level 1 evaluation", LocalDate.of(cycleStartYear + 1, 6, 30))),
                    List.of()));
            return goalId;
        }

        /** A goal serving {@code objectiveIds}, measured by {@code indicators}, with no milestone; returns the goal. */
        UUID goalMeasuredBy(List<UUID> objectiveIds, String title, Indicator... indicators) {
            UUID goalId = UUID.randomUUID();
            publish(new PartnershipGoalAddedEvent(
                    id,
                    goalId,
                    title,
                    "Certified at level 2",
                    "Operations",
                    objectiveIds,
                    List.of(),
                    List.of(indicators)));
            return goalId;
        }

        /** A strategic objective (output 1); returns it. */
        UUID objective(String title) {
            UUID objectiveId = UUID.randomUUID();
            publish(new StrategicObjectiveAddedEvent(id, objectiveId, title, "Why it matters", "What it changes"));
            return objectiveId;
        }

        void approved(Instant at) {
            publish(new ItppApprovedEvent(id, at));
        }

        void activityFor(UUID goalId, String title) {
            publish(new ActivityPlannedEvent(
                    id,
                    UUID.randomUUID(),
                    title,
                    ActivityType.PCM_EVENT,
                    List.of(goalId),
                    LocalDate.of(cycleStartYear, 9, 1),
                    LocalDate.of(cycleStartYear, 9, 12),
                    new ActivityLead(ActivityLead.Kind.NATO_BODY, "NATO School"),
                    null));
        }

        void progress(UUID goalId, UUID milestoneId, MilestoneProgress progress, String evidence) {
            publish(new MilestoneProgressReportedEvent(
                    id, goalId, milestoneId, progress, LocalDate.of(cycleStartYear + 1, 7, 1), evidence));
        }

        void yearBegan(int cycleYear) {
            publish(new ItppCycleYearBeganEvent(id, cycleYear, cycleStartYear + cycleYear - 1));
        }
    }
}
