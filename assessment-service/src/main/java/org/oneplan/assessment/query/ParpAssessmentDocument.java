package org.oneplan.assessment.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.assessment.query.AssessmentDocument.Objection;
import org.oneplan.assessment.query.AssessmentDocument.PartnerComment;
import org.oneplan.contracts.assessment.ParpAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentCommentedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.ParpGoalAssessedEvent;
import org.oneplan.contracts.assessment.ParpOverallAssessmentWrittenEvent;
import org.oneplan.platform.projection.Json;

/**
 * A PARP assessment as people read it, by a pure fold over its events (latest in the read model; as of any
 * instant or version rebuilt by the same fold).
 *
 * @param partnerConsulted whether it has been put to the partner (from its first submission): only then does
 *     the partner delegation see it
 */
public record ParpAssessmentDocument(
        UUID id,
        UUID parpCycleId,
        UUID partnerId,
        String partnerCode,
        @Schema(nullable = true) UUID itppId,
        int cycleStartYear,
        int reviewYear,
        int revision,
        @Schema(nullable = true) UUID corrects,
        String classification,
        AssessmentStatus status,
        boolean partnerConsulted,
        List<ParpGoalAssessment> goals,
        @Schema(nullable = true) String overall,
        List<PartnerComment> partnerComments,
        @Schema(nullable = true) Instant silenceEnds,
        @Schema(nullable = true) Instant approvedAt,
        List<Objection> objections,
        long version) {

    /** The assessment after one more event; the first must be its opening. */
    public static ParpAssessmentDocument fold(ParpAssessmentDocument assessment, Object event, long version) {
        if (event instanceof ParpAssessmentOpenedEvent o) {
            return new ParpAssessmentDocument(
                    o.assessmentId(),
                    o.parpCycleId(),
                    o.partnerId(),
                    o.partnerCode(),
                    o.itppId(),
                    o.cycleStartYear(),
                    o.reviewYear(),
                    o.revision(),
                    o.corrects(),
                    "NATO RESTRICTED - Releasable to " + o.partnerCode(),
                    AssessmentStatus.DRAFT,
                    false,
                    o.goals().stream().map(ParpGoalAssessment::unassessed).toList(),
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    version);
        }
        if (assessment == null) {
            throw new IllegalStateException("a PARP assessment's first event is its opening, not "
                    + event.getClass().getSimpleName());
        }
        Change change = new Change(assessment);
        change.version = version;
        change.apply(event, version);
        return change.document(assessment);
    }

    /** What events change, copied from the document and changed part by part. */
    private static final class Change {
        AssessmentStatus status;
        boolean partnerConsulted;
        List<ParpGoalAssessment> goals;
        String overall;
        List<PartnerComment> partnerComments;
        Instant silenceEnds;
        Instant approvedAt;
        List<Objection> objections;
        long version;

        Change(ParpAssessmentDocument d) {
            status = d.status;
            partnerConsulted = d.partnerConsulted;
            goals = d.goals;
            overall = d.overall;
            partnerComments = d.partnerComments;
            silenceEnds = d.silenceEnds;
            approvedAt = d.approvedAt;
            objections = d.objections;
        }

        void apply(Object event, long at) {
            if (event instanceof ParpGoalAssessedEvent e) {
                goals = goals.stream()
                        .map(goal -> goal.goalId().equals(e.goalId())
                                ? goal.assessed(e.status(), e.rating(), e.justification())
                                : goal)
                        .toList();
            } else if (event instanceof ParpOverallAssessmentWrittenEvent e) {
                overall = e.text();
            } else if (event instanceof ParpAssessmentCommentedEvent e) {
                partnerComments = plus(partnerComments, new PartnerComment(e.partnerCode(), e.comment(), at));
            } else if (event instanceof ParpAssessmentSubmittedEvent) {
                status = AssessmentStatus.SUBMITTED;
                partnerConsulted = true;
            } else if (event instanceof ParpAssessmentCirculatedEvent e) {
                status = AssessmentStatus.CIRCULATED;
                silenceEnds = e.silenceEnds();
            } else if (event instanceof ParpAssessmentSilenceBrokenEvent e) {
                status = AssessmentStatus.DRAFT;
                silenceEnds = null;
                objections = plus(objections, new Objection(e.allyNation(), e.reason()));
            } else if (event instanceof ParpAssessmentApprovedEvent e) {
                status = AssessmentStatus.APPROVED;
                silenceEnds = null;
                approvedAt = e.approvedAt();
            }
        }

        private static <T> List<T> plus(List<T> items, T item) {
            List<T> more = new ArrayList<>(items);
            more.add(item);
            return List.copyOf(more);
        }

        ParpAssessmentDocument document(ParpAssessmentDocument d) {
            return new ParpAssessmentDocument(
                    d.id,
                    d.parpCycleId,
                    d.partnerId,
                    d.partnerCode,
                    d.itppId,
                    d.cycleStartYear,
                    d.reviewYear,
                    d.revision,
                    d.corrects,
                    d.classification,
                    status,
                    partnerConsulted,
                    goals,
                    overall,
                    partnerComments,
                    silenceEnds,
                    approvedAt,
                    objections,
                    version);
        }
    }

    static ParpAssessmentDocument fromJson(String json) {
        return Json.read(json, ParpAssessmentDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
