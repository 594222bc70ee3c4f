package org.oneplan.itpp.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityRevisedEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityStatusChangedEvent;
import org.oneplan.contracts.itpp.AmendmentOpenedEvent;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCarriedOverEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppCycleEndedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.NextCycleRecommendationsReceivedEvent;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.itpp.query.ItppDocument.Activity;
import org.oneplan.itpp.query.ItppDocument.Goal;
import org.oneplan.itpp.query.ItppDocument.MilestoneState;
import org.oneplan.itpp.query.ItppDocument.Objection;
import org.oneplan.itpp.query.ItppDocument.Objective;
import org.oneplan.itpp.query.ItppDocument.Recommendation;

/** A working copy of an ITPP document while one event is applied: the fold of {@link ItppDocument}. */
final class ItppDocumentChanges {

    static ItppDocument after(ItppDocument document, Object event, long version) {
        ItppDocumentChanges next = new ItppDocumentChanges(document);
        next.apply(event);
        next.version = version;
        return next.build();
    }

    private final ItppDocument from;
    private ItppStatus status;
    private int amendment;
    private UUID previousItppId;
    private boolean partnerAgreed;
    private Instant silenceEnds;
    private Instant approvedAt;
    private Integer cycleYear;
    private boolean cycleEnded;
    private List<Objective> objectives;
    private List<Goal> goals;
    private List<Activity> activities;
    private List<Objection> objections;
    private Recommendation recommendation;
    private long version;

    private ItppDocumentChanges(ItppDocument from) {
        this.from = from;
        status = from.status();
        amendment = from.amendment();
        previousItppId = from.previousItppId();
        partnerAgreed = from.partnerAgreed();
        silenceEnds = from.silenceEnds();
        approvedAt = from.approvedAt();
        cycleYear = from.cycleYear();
        cycleEnded = from.cycleEnded();
        objectives = from.objectives();
        goals = from.goals();
        activities = from.activities();
        objections = from.objections();
        recommendation = from.recommendation();
    }

    private ItppDocument build() {
        return new ItppDocument(
                from.id(),
                from.partnerId(),
                from.partnerCode(),
                from.cycleStartYear(),
                from.cycleEndYear(),
                from.classification(),
                status,
                amendment,
                previousItppId,
                partnerAgreed,
                silenceEnds,
                approvedAt,
                cycleYear,
                cycleEnded,
                objectives,
                goals,
                activities,
                objections,
                recommendation,
                version);
    }

    private void apply(Object event) {
        if (event instanceof AmendmentOpenedEvent e) {
            amendment = e.amendment();
        }
        // One definition of the status transitions, shared with the aggregate.
        if (event instanceof ItppEvent itppEvent) {
            status = status.after(itppEvent, amendment > 0);
        }
        if (event instanceof StrategicObjectiveAddedEvent e) {
            objectives =
                    add(objectives, new Objective(e.objectiveId(), e.title(), e.description(), e.intendedOutcome()));
        } else if (event instanceof StrategicObjectiveRevisedEvent e) {
            objectives = replace(
                    objectives,
                    o -> o.id().equals(e.objectiveId()),
                    o -> new Objective(e.objectiveId(), e.title(), e.description(), e.intendedOutcome()));
        } else if (event instanceof StrategicObjectiveWithdrawnEvent e) {
            objectives = remove(objectives, o -> o.id().equals(e.objectiveId()));
        } else if (event instanceof PartnershipGoalAddedEvent e) {
            goals = add(
                    goals,
                    new Goal(
                            e.goalId(),
                            e.title(),
                            e.expectedOutcome(),
                            e.rationale(),
                            e.objectiveIds(),
                            e.milestones().stream()
                                    .map(ItppDocumentChanges::planned)
                                    .toList(),
                            e.indicators()));
        } else if (event instanceof PartnershipGoalWithdrawnEvent e) {
            goals = remove(goals, g -> g.id().equals(e.goalId()));
        } else if (event instanceof ActivityPlannedEvent e) {
            activities = add(
                    activities,
                    new Activity(
                            e.activityId(),
                            e.title(),
                            e.type(),
                            e.goalIds(),
                            e.plannedFrom(),
                            e.plannedUntil(),
                            e.lead(),
                            e.pcmEventCode(),
                            ActivityStatus.PLANNED));
        } else if (event instanceof ActivityRevisedEvent e) {
            activities = replace(
                    activities,
                    a -> a.id().equals(e.activityId()),
                    a -> new Activity(
                            e.activityId(),
                            e.title(),
                            e.type(),
                            e.goalIds(),
                            e.plannedFrom(),
                            e.plannedUntil(),
                            e.lead(),
                            e.pcmEventCode(),
                            a.status()));
        } else if (event instanceof ActivityStatusChangedEvent e) {
            activities = replace(
                    activities,
                    a -> a.id().equals(e.activityId()),
                    a -> new Activity(
                            a.id(),
                            a.title(),
                            a.type(),
                            a.goalIds(),
                            a.plannedFrom(),
                            a.plannedUntil(),
                            a.lead(),
                            a.pcmEventCode(),
                            e.status()));
        } else if (event instanceof MilestoneProgressReportedEvent e) {
            goals = replace(
                    goals,
                    g -> g.id().equals(e.goalId()),
                    g -> new Goal(
                            g.id(),
                            g.title(),
                            g.expectedOutcome(),
                            g.rationale(),
                            g.objectiveIds(),
                            replace(
                                    g.milestones(),
                                    m -> m.id().equals(e.milestoneId()),
                                    m -> new MilestoneState(
                                            m.id(),
                                            m.description(),
                                            m.dueDate(),
                                            e.progress(),
                                            e.reportedOn(),
                                            e.evidence())),
                            g.indicators()));
        } else if (event instanceof ItppSubmittedEvent) {
            partnerAgreed = false;
            silenceEnds = null;
        } else if (event instanceof PartnerAgreementRecordedEvent) {
            partnerAgreed = true;
        } else if (event instanceof ItppCirculatedEvent e) {
            silenceEnds = e.silenceEnds();
        } else if (event instanceof SilenceBrokenEvent e) {
            backToDrafting();
            objections = add(objections, new Objection(e.allyNation(), e.reason()));
        } else if (event instanceof SilenceProcedureLapsedEvent) {
            backToDrafting();
        } else if (event instanceof ItppApprovedEvent e) {
            approvedAt = e.approvedAt();
            cycleYear = cycleYear == null ? 1 : cycleYear;
        } else if (event instanceof ItppCycleYearBeganEvent e) {
            cycleYear = e.cycleYear();
        } else if (event instanceof ItppCycleEndedEvent) {
            cycleEnded = true;
        } else if (event instanceof AmendmentOpenedEvent) {
            partnerAgreed = false;
        } else if (event instanceof ItppCarriedOverEvent e) {
            previousItppId = e.previousItppId();
        } else if (event instanceof NextCycleRecommendationsReceivedEvent e) {
            recommendation = new Recommendation(e.assessmentId(), e.recommendations(), e.newObjectives(), e.newGoals());
        }
    }

    private void backToDrafting() {
        partnerAgreed = false;
        silenceEnds = null;
    }

    private static MilestoneState planned(Milestone milestone) {
        return new MilestoneState(
                milestone.milestoneId(), milestone.description(), milestone.dueDate(), null, null, null);
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
        return items.stream()
                .map(item -> which.test(item) ? change.apply(item) : item)
                .toList();
    }
}
