package org.oneplan.itpp.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityRevisedEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityStatusChangedEvent;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppCycleEndedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.platform.axon.Serializers;

/**
 * An ITPP document as people read it, built by a pure fold over its events: the read model keeps the
 * latest, and the same fold rebuilds the document as it stood at any past instant.
 */
public record ItppDocument(
        UUID id,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        int cycleEndYear,
        String classification,
        ItppStatus status,
        boolean partnerAgreed,
        Instant silenceEnds,
        Instant approvedAt,
        Integer cycleYear,
        boolean cycleEnded,
        List<Objective> objectives,
        List<Goal> goals,
        List<Activity> activities,
        List<Objection> objections,
        long version) {

    public record Objective(UUID id, String title, String description, String intendedOutcome) {
    }

    public record Goal(UUID id, String title, String expectedOutcome, String rationale, List<UUID> objectiveIds,
            List<MilestoneState> milestones) {
    }

    public record MilestoneState(UUID id, String description, LocalDate dueDate, MilestoneProgress progress,
            LocalDate reportedOn, String evidence) {
    }

    public record Activity(UUID id, String title, ActivityType type, List<UUID> goalIds, LocalDate plannedFrom,
            LocalDate plannedUntil, ActivityLead lead, String pcmEventCode, ActivityStatus status) {
    }

    public record Objection(String ally, String reason) {
    }

    private static final ObjectMapper JSON = Serializers.eventMapper();

    /** ITPPs are co-owned with the partner: restricted, and releasable to that partner. */
    static String classificationFor(String partnerCode) {
        return "NATO RESTRICTED - Releasable to " + partnerCode;
    }

    /** The document after one more event; the first event must be the draft. */
    public static ItppDocument fold(ItppDocument document, Object event, long version) {
        if (event instanceof ItppDraftedEvent drafted) {
            return new ItppDocument(drafted.itppId(), drafted.partnerId(), drafted.partnerCode(),
                    drafted.cycleStartYear(), drafted.cycleStartYear() + 3, classificationFor(drafted.partnerCode()),
                    ItppStatus.DRAFT, false, null, null, null, false, List.of(), List.of(), List.of(), List.of(), version);
        }
        if (document == null) {
            throw new IllegalStateException("an ITPP's first event is its draft, not " + event.getClass().getSimpleName());
        }
        return document.after(event).withVersion(version);
    }

    private ItppDocument after(Object event) {
        if (event instanceof StrategicObjectiveAddedEvent e) {
            return withObjectives(add(objectives, new Objective(e.objectiveId(), e.title(), e.description(), e.intendedOutcome())));
        }
        if (event instanceof StrategicObjectiveRevisedEvent e) {
            return withObjectives(replace(objectives, o -> o.id().equals(e.objectiveId()),
                    o -> new Objective(e.objectiveId(), e.title(), e.description(), e.intendedOutcome())));
        }
        if (event instanceof StrategicObjectiveWithdrawnEvent e) {
            return withObjectives(remove(objectives, o -> o.id().equals(e.objectiveId())));
        }
        if (event instanceof PartnershipGoalAddedEvent e) {
            return withGoals(add(goals, new Goal(e.goalId(), e.title(), e.expectedOutcome(), e.rationale(),
                    e.objectiveIds(), e.milestones().stream().map(ItppDocument::planned).toList())));
        }
        if (event instanceof PartnershipGoalWithdrawnEvent e) {
            return withGoals(remove(goals, g -> g.id().equals(e.goalId())));
        }
        if (event instanceof ActivityPlannedEvent e) {
            return withActivities(add(activities, new Activity(e.activityId(), e.title(), e.type(), e.goalIds(),
                    e.plannedFrom(), e.plannedUntil(), e.lead(), e.pcmEventCode(), ActivityStatus.PLANNED)));
        }
        if (event instanceof ActivityRevisedEvent e) {
            return withActivities(replace(activities, a -> a.id().equals(e.activityId()),
                    a -> new Activity(e.activityId(), e.title(), e.type(), e.goalIds(), e.plannedFrom(),
                            e.plannedUntil(), e.lead(), e.pcmEventCode(), a.status())));
        }
        if (event instanceof ActivityStatusChangedEvent e) {
            return withActivities(replace(activities, a -> a.id().equals(e.activityId()),
                    a -> new Activity(a.id(), a.title(), a.type(), a.goalIds(), a.plannedFrom(), a.plannedUntil(),
                            a.lead(), a.pcmEventCode(), e.status())));
        }
        if (event instanceof MilestoneProgressReportedEvent e) {
            return withGoals(replace(goals, g -> g.id().equals(e.goalId()),
                    g -> new Goal(g.id(), g.title(), g.expectedOutcome(), g.rationale(), g.objectiveIds(),
                            replace(g.milestones(), m -> m.id().equals(e.milestoneId()),
                                    m -> new MilestoneState(m.id(), m.description(), m.dueDate(), e.progress(),
                                            e.reportedOn(), e.evidence())))));
        }
        if (event instanceof ItppSubmittedEvent) {
            return withApproval(ItppStatus.SUBMITTED, false, null, approvedAt);
        }
        if (event instanceof PartnerAgreementRecordedEvent) {
            return withApproval(status, true, silenceEnds, approvedAt);
        }
        if (event instanceof ItppCirculatedEvent e) {
            return withApproval(ItppStatus.CIRCULATED, partnerAgreed, e.silenceEnds(), approvedAt);
        }
        if (event instanceof SilenceBrokenEvent e) {
            return withApproval(ItppStatus.DRAFT, false, null, approvedAt)
                    .withObjections(add(objections, new Objection(e.allyNation(), e.reason())));
        }
        if (event instanceof SilenceProcedureLapsedEvent) {
            return withApproval(ItppStatus.DRAFT, false, null, approvedAt);
        }
        if (event instanceof ItppApprovedEvent e) {
            return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification,
                    ItppStatus.APPROVED, partnerAgreed, silenceEnds, e.approvedAt(), 1, cycleEnded, objectives, goals,
                    activities, objections, version);
        }
        if (event instanceof ItppCycleYearBeganEvent e) {
            return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification, status,
                    partnerAgreed, silenceEnds, approvedAt, e.cycleYear(), cycleEnded, objectives, goals, activities,
                    objections, version);
        }
        if (event instanceof ItppCycleEndedEvent) {
            return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification, status,
                    partnerAgreed, silenceEnds, approvedAt, cycleYear, true, objectives, goals, activities,
                    objections, version);
        }
        return this;
    }

    private static MilestoneState planned(Milestone milestone) {
        return new MilestoneState(milestone.milestoneId(), milestone.description(), milestone.dueDate(), null, null, null);
    }

    private ItppDocument withVersion(long newVersion) {
        return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification, status,
                partnerAgreed, silenceEnds, approvedAt, cycleYear, cycleEnded, objectives, goals, activities,
                objections, newVersion);
    }

    private ItppDocument withApproval(ItppStatus newStatus, boolean agreed, Instant deadline, Instant approved) {
        return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification, newStatus,
                agreed, deadline, approved, cycleYear, cycleEnded, objectives, goals, activities, objections, version);
    }

    private ItppDocument withObjectives(List<Objective> updated) {
        return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification, status,
                partnerAgreed, silenceEnds, approvedAt, cycleYear, cycleEnded, updated, goals, activities, objections,
                version);
    }

    private ItppDocument withGoals(List<Goal> updated) {
        return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification, status,
                partnerAgreed, silenceEnds, approvedAt, cycleYear, cycleEnded, objectives, updated, activities,
                objections, version);
    }

    private ItppDocument withActivities(List<Activity> updated) {
        return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification, status,
                partnerAgreed, silenceEnds, approvedAt, cycleYear, cycleEnded, objectives, goals, updated, objections,
                version);
    }

    private ItppDocument withObjections(List<Objection> updated) {
        return new ItppDocument(id, partnerId, partnerCode, cycleStartYear, cycleEndYear, classification, status,
                partnerAgreed, silenceEnds, approvedAt, cycleYear, cycleEnded, objectives, goals, activities, updated,
                version);
    }

    private static <T> List<T> add(List<T> items, T item) {
        List<T> updated = new ArrayList<>(items);
        updated.add(item);
        return List.copyOf(updated);
    }

    private static <T> List<T> remove(List<T> items, Predicate<T> which) {
        return items.stream().filter(which.negate()).toList();
    }

    private static <T> List<T> replace(List<T> items, Predicate<T> which, UnaryOperator<T> change) {
        return items.stream().map(item -> which.test(item) ? change.apply(item) : item).toList();
    }

    static ItppDocument fromJson(String json) {
        try {
            return JSON.readValue(json, ItppDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ITPP document", e);
        }
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write ITPP document", e);
        }
    }
}
