package org.oneplan.parp.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpGoalAgreedEvent;
import org.oneplan.contracts.parp.ParpGoalChangeRequestedEvent;
import org.oneplan.contracts.parp.ParpGoalDeclinedEvent;
import org.oneplan.contracts.parp.ParpGoalDraftedEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpGoalRevisedEvent;
import org.oneplan.contracts.parp.ParpGoalWithdrawnEvent;
import org.oneplan.contracts.parp.ParpPackageAgreedByPartnerEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;
import org.oneplan.contracts.parp.ParpPackageCirculatedEvent;
import org.oneplan.contracts.parp.ParpPackageSubmittedEvent;
import org.oneplan.contracts.parp.ParpSilenceBrokenEvent;
import org.oneplan.contracts.parp.ParpSilenceProcedureLapsedEvent;
import org.oneplan.parp.query.GoalView.Answer;
import org.oneplan.parp.query.GoalView.Step;
import org.oneplan.platform.projection.Json;

/**
 * A PARP cycle as people read it, built by a pure fold over its events: the read model keeps the latest,
 * and the same fold rebuilds the cycle as it stood at any past instant or version.
 */
public record ParpCycleDocument(
        UUID id,
        UUID partnerId,
        String partnerCode,
        int startYear,
        int endYear,
        @Schema(nullable = true) UUID itppId,
        String classification,
        ParpPackageStatus status,
        boolean partnerAgreed,
        @Schema(nullable = true) Instant silenceEnds,
        @Schema(nullable = true) Instant approvedAt,
        SurveyView survey,
        List<GoalView> goals,
        List<Objection> objections,
        long version) {

    /** An Ally's objection, or the procedure's lapse (ally null), that sent the package back. */
    public record Objection(@Schema(nullable = true) String ally, String reason) {}

    /** PARP documents are restricted, and releasable to the partner. */
    static String classificationFor(String partnerCode) {
        return "NATO RESTRICTED - Releasable to " + partnerCode;
    }

    /** The cycle after one more event; the first event must be its opening. */
    public static ParpCycleDocument fold(ParpCycleDocument cycle, Object event, long version) {
        if (event instanceof ParpCycleOpenedEvent opened) {
            return new ParpCycleDocument(
                    opened.parpCycleId(),
                    opened.partnerId(),
                    opened.partnerCode(),
                    opened.startYear(),
                    opened.startYear() + 1,
                    opened.itppId(),
                    classificationFor(opened.partnerCode()),
                    ParpPackageStatus.NEGOTIATING,
                    false,
                    null,
                    null,
                    SurveyView.notIssued(),
                    List.of(),
                    List.of(),
                    version);
        }
        if (cycle == null) {
            throw new IllegalStateException("a PARP cycle's first event is its opening, not "
                    + event.getClass().getSimpleName());
        }
        return cycle.withSurvey(cycle.survey.after(event)).after(event, version).at(version);
    }

    private ParpCycleDocument after(Object event, long at) {
        if (event instanceof ParpGoalDraftedEvent e) {
            List<GoalView> more = new ArrayList<>(goals);
            more.add(GoalView.drafted(e.goalId(), e.terms(), at));
            return withGoals(List.copyOf(more));
        }
        if (event instanceof ParpGoalRevisedEvent e) {
            return withGoal(e.goalId(), goal -> goal.revised(e.revision(), e.terms(), at));
        }
        if (event instanceof ParpGoalWithdrawnEvent e) {
            return withGoals(
                    goals.stream().filter(goal -> !goal.id().equals(e.goalId())).toList());
        }
        if (event instanceof ParpGoalAgreedEvent e) {
            return withGoal(e.goalId(), goal -> goal.answered(Answer.AGREED, Step.AGREED, e.revision(), null, at));
        }
        if (event instanceof ParpGoalChangeRequestedEvent e) {
            return withGoal(
                    e.goalId(),
                    goal -> goal.answered(
                            Answer.CHANGE_REQUESTED, Step.CHANGE_REQUESTED, e.revision(), e.request(), at));
        }
        if (event instanceof ParpGoalDeclinedEvent e) {
            return withGoal(
                    e.goalId(), goal -> goal.answered(Answer.DECLINED, Step.DECLINED, e.revision(), e.reason(), at));
        }
        if (event instanceof ParpGoalProgressRecordedEvent e) {
            return withGoal(e.goalId(), goal -> goal.progressed(e.status(), e.evidence(), e.recordedOn()));
        }
        return withApproval(event);
    }

    private ParpCycleDocument withApproval(Object event) {
        if (event instanceof ParpPackageSubmittedEvent) {
            return withPackage(ParpPackageStatus.SUBMITTED, false, null, null, objections);
        }
        if (event instanceof ParpPackageAgreedByPartnerEvent) {
            return withPackage(status, true, silenceEnds, approvedAt, objections);
        }
        if (event instanceof ParpPackageCirculatedEvent e) {
            return withPackage(ParpPackageStatus.CIRCULATED, partnerAgreed, e.silenceEnds(), null, objections);
        }
        if (event instanceof ParpSilenceBrokenEvent e) {
            return withPackage(ParpPackageStatus.NEGOTIATING, false, null, null, objected(e.allyNation(), e.reason()));
        }
        if (event instanceof ParpSilenceProcedureLapsedEvent e) {
            return withPackage(ParpPackageStatus.NEGOTIATING, false, null, null, objected(null, e.reason()));
        }
        if (event instanceof ParpPackageApprovedEvent e) {
            return withPackage(ParpPackageStatus.APPROVED, partnerAgreed, null, e.approvedAt(), objections);
        }
        return this;
    }

    private List<Objection> objected(String ally, String reason) {
        List<Objection> more = new ArrayList<>(objections);
        more.add(new Objection(ally, reason));
        return List.copyOf(more);
    }

    private ParpCycleDocument withGoal(UUID goalId, UnaryOperator<GoalView> change) {
        return withGoals(goals.stream()
                .map(goal -> goal.id().equals(goalId) ? change.apply(goal) : goal)
                .toList());
    }

    private ParpCycleDocument withSurvey(SurveyView newSurvey) {
        return with(status, partnerAgreed, silenceEnds, approvedAt, newSurvey, goals, objections, version);
    }

    private ParpCycleDocument withGoals(List<GoalView> newGoals) {
        return with(status, partnerAgreed, silenceEnds, approvedAt, survey, newGoals, objections, version);
    }

    private ParpCycleDocument withPackage(
            ParpPackageStatus newStatus,
            boolean agreed,
            Instant newSilenceEnds,
            Instant newApprovedAt,
            List<Objection> newObjections) {
        return with(newStatus, agreed, newSilenceEnds, newApprovedAt, survey, goals, newObjections, version);
    }

    private ParpCycleDocument at(long newVersion) {
        return with(status, partnerAgreed, silenceEnds, approvedAt, survey, goals, objections, newVersion);
    }

    /** The same cycle (whose partner and years never change) with what events do change. */
    private ParpCycleDocument with(
            ParpPackageStatus newStatus,
            boolean agreed,
            Instant newSilenceEnds,
            Instant newApprovedAt,
            SurveyView newSurvey,
            List<GoalView> newGoals,
            List<Objection> newObjections,
            long newVersion) {
        return new ParpCycleDocument(
                id,
                partnerId,
                partnerCode,
                startYear,
                endYear,
                itppId,
                classification,
                newStatus,
                agreed,
                newSilenceEnds,
                newApprovedAt,
                newSurvey,
                newGoals,
                newObjections,
                newVersion);
    }

    static ParpCycleDocument fromJson(String json) {
        return Json.read(json, ParpCycleDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
