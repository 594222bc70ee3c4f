package org.oneplan.assessment.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.assessment.AssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.GoalRatedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.IndicatorActualRecordedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpening;
import org.oneplan.contracts.assessment.NextCycleRecommendedEvent;
import org.oneplan.contracts.assessment.ObjectiveRatedEvent;
import org.oneplan.contracts.assessment.PartnerCommentRecordedEvent;
import org.oneplan.contracts.assessment.RecommendationsWrittenEvent;
import org.oneplan.platform.projection.Json;

/**
 * An assessment as people read it, built by a pure fold over its events: the read model keeps the latest,
 * and the same fold rebuilds it as it stood at any past instant or version.
 *
 * @param revision 1 as first opened; a correction of an approved assessment is the next revision
 * @param revisionOf the approved assessment a revision corrects
 * @param partnerConsulted whether the text has been put to the partner (from its first submission on):
 *     only then does the partner delegation see it
 */
public record AssessmentDocument(
        UUID id,
        AssessmentKind kind,
        int revision,
        @Schema(nullable = true) UUID revisionOf,
        UUID itppId,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        String classification,
        AssessmentStatus status,
        boolean partnerConsulted,
        List<ObjectiveAssessment> objectives,
        List<GoalAssessment> goals,
        @Schema(nullable = true) String recommendations,
        @Schema(nullable = true) NextCycle nextCycle,
        List<PartnerComment> partnerComments,
        @Schema(nullable = true) Instant silenceEnds,
        @Schema(nullable = true) Instant approvedAt,
        List<Objection> objections,
        long version) {

    /** A strategic objective as rated over the whole cycle (end-of-cycle assessments only). */
    public record ObjectiveAssessment(
            UUID objectiveId,
            String title,
            @Schema(nullable = true) GoalRating rating,
            @Schema(nullable = true) String justification) {}

    /** The end-of-cycle recommendation: goals to carry over into the next ITPP, new objectives and goals. */
    public record NextCycle(List<UUID> carryOverGoalIds, List<String> newObjectives, List<String> newGoals) {}

    /** A comment of the consulted partner, at the assessment's version it was made on. */
    public record PartnerComment(String partnerCode, String comment, long version) {}

    /** An Ally's objection that sent the assessment back to draft. */
    public record Objection(String ally, String reason) {}

    /** The assessment after one more event; the first event must be its opening. */
    public static AssessmentDocument fold(AssessmentDocument assessment, Object event, long version) {
        if (event instanceof ItppAssessmentOpening opened) {
            return new AssessmentDocument(
                    opened.assessmentId(),
                    opened.kind(),
                    opened.revision(),
                    opened.revisionOf(),
                    opened.itppId(),
                    opened.partnerId(),
                    opened.partnerCode(),
                    opened.cycleStartYear(),
                    "NATO RESTRICTED - Releasable to " + opened.partnerCode(),
                    AssessmentStatus.DRAFT,
                    false,
                    opened.objectives().stream()
                            .map(o -> new ObjectiveAssessment(o.objectiveId(), o.title(), null, null))
                            .toList(),
                    opened.goals().stream().map(GoalAssessment::unrated).toList(),
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    version);
        }
        if (assessment == null) {
            throw new IllegalStateException("an assessment's first event is its opening, not "
                    + event.getClass().getSimpleName());
        }
        return assessment.after(event, version).at(version);
    }

    private AssessmentDocument after(Object event, long at) {
        if (event instanceof GoalRatedEvent e) {
            return with(new Change(this)
                    .goals(goals.stream()
                            .map(goal ->
                                    goal.goalId().equals(e.goalId()) ? goal.rated(e.rating(), e.justification()) : goal)
                            .toList()));
        }
        if (event instanceof IndicatorActualRecordedEvent e) {
            GoalAssessment.IndicatorActual actual =
                    new GoalAssessment.IndicatorActual(e.indicatorId(), e.value(), e.women(), e.men());
            return with(new Change(this)
                    .goals(goals.stream()
                            .map(goal -> goal.goalId().equals(e.goalId()) ? goal.measured(actual) : goal)
                            .toList()));
        }
        if (event instanceof ObjectiveRatedEvent e) {
            return with(new Change(this)
                    .objectives(objectives.stream()
                            .map(o -> o.objectiveId().equals(e.objectiveId())
                                    ? new ObjectiveAssessment(o.objectiveId(), o.title(), e.rating(), e.justification())
                                    : o)
                            .toList()));
        }
        if (event instanceof NextCycleRecommendedEvent e) {
            return with(
                    new Change(this).nextCycle(new NextCycle(e.carryOverGoalIds(), e.newObjectives(), e.newGoals())));
        }
        if (event instanceof RecommendationsWrittenEvent e) {
            return with(new Change(this).recommendations(e.text()));
        }
        if (event instanceof PartnerCommentRecordedEvent e) {
            List<PartnerComment> more = new ArrayList<>(partnerComments);
            more.add(new PartnerComment(e.partnerCode(), e.comment(), at));
            return with(new Change(this).partnerComments(List.copyOf(more)));
        }
        if (event instanceof AssessmentSubmittedEvent) {
            return with(new Change(this).status(AssessmentStatus.SUBMITTED).consulted());
        }
        if (event instanceof AssessmentCirculatedEvent e) {
            return with(new Change(this).status(AssessmentStatus.CIRCULATED).silenceEnds(e.silenceEnds()));
        }
        if (event instanceof AssessmentSilenceBrokenEvent e) {
            List<Objection> more = new ArrayList<>(objections);
            more.add(new Objection(e.allyNation(), e.reason()));
            return with(new Change(this)
                    .status(AssessmentStatus.DRAFT)
                    .silenceEnds(null)
                    .objections(List.copyOf(more)));
        }
        if (event instanceof ItppAssessmentApprovedEvent e) {
            return approved(e.approvedAt());
        }
        if (event instanceof EndOfCycleAssessmentApprovedEvent e) {
            return approved(e.approvedAt());
        }
        return this;
    }

    private AssessmentDocument approved(Instant at) {
        return with(new Change(this)
                .status(AssessmentStatus.APPROVED)
                .silenceEnds(null)
                .approvedAt(at));
    }

    private AssessmentDocument at(long newVersion) {
        Change change = new Change(this);
        change.version = newVersion;
        return with(change);
    }

    private AssessmentDocument with(Change c) {
        return new AssessmentDocument(
                id,
                kind,
                revision,
                revisionOf,
                itppId,
                partnerId,
                partnerCode,
                cycleStartYear,
                classification,
                c.status,
                c.partnerConsulted,
                c.objectives,
                c.goals,
                c.recommendations,
                c.nextCycle,
                c.partnerComments,
                c.silenceEnds,
                c.approvedAt,
                c.objections,
                c.version);
    }

    /** What events change, copied from the document and changed part by part (what never changes stays). */
    private static final class Change {
        AssessmentStatus status;
        boolean partnerConsulted;
        List<ObjectiveAssessment> objectives;
        List<GoalAssessment> goals;
        String recommendations;
        NextCycle nextCycle;
        List<PartnerComment> partnerComments;
        Instant silenceEnds;
        Instant approvedAt;
        List<Objection> objections;
        long version;

        Change(AssessmentDocument d) {
            status = d.status;
            partnerConsulted = d.partnerConsulted;
            objectives = d.objectives;
            goals = d.goals;
            recommendations = d.recommendations;
            nextCycle = d.nextCycle;
            partnerComments = d.partnerComments;
            silenceEnds = d.silenceEnds;
            approvedAt = d.approvedAt;
            objections = d.objections;
            version = d.version;
        }

        Change status(AssessmentStatus value) {
            status = value;
            return this;
        }

        Change consulted() {
            partnerConsulted = true;
            return this;
        }

        Change objectives(List<ObjectiveAssessment> value) {
            objectives = value;
            return this;
        }

        Change nextCycle(NextCycle value) {
            nextCycle = value;
            return this;
        }

        Change goals(List<GoalAssessment> value) {
            goals = value;
            return this;
        }

        Change recommendations(String value) {
            recommendations = value;
            return this;
        }

        Change partnerComments(List<PartnerComment> value) {
            partnerComments = value;
            return this;
        }

        Change silenceEnds(Instant value) {
            silenceEnds = value;
            return this;
        }

        Change approvedAt(Instant value) {
            approvedAt = value;
            return this;
        }

        Change objections(List<Objection> value) {
            objections = value;
            return this;
        }
    }

    static AssessmentDocument fromJson(String json) {
        return Json.read(json, AssessmentDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
