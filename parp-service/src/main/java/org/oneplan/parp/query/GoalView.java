package org.oneplan.parp.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpGoalTerms;

/**
 * A goal of the package as read: its current terms and revision, the partner's answer to that revision,
 * every step of its negotiation, and (once approved) its latest implementation status.
 */
public record GoalView(
        UUID id,
        ParpGoalTerms terms,
        int revision,
        GoalView.Answer answer,
        List<NegotiationStep> negotiation,
        @Schema(nullable = true) ImplementationStatus status,
        @Schema(nullable = true) String evidence,
        @Schema(nullable = true) LocalDate statusRecordedOn) {

    public enum Answer {
        PENDING,
        AGREED,
        CHANGE_REQUESTED,
        DECLINED
    }

    public enum Step {
        DRAFTED,
        REVISED,
        AGREED,
        CHANGE_REQUESTED,
        DECLINED
    }

    /** One step of the negotiation, at the cycle's version when it happened. */
    public record NegotiationStep(
            Step step,
            int revision,
            @Schema(nullable = true) String text,
            long version) {}

    static GoalView drafted(UUID id, ParpGoalTerms terms, long version) {
        return new GoalView(
                id,
                terms,
                1,
                Answer.PENDING,
                List.of(new NegotiationStep(Step.DRAFTED, 1, null, version)),
                null,
                null,
                null);
    }

    GoalView revised(int newRevision, ParpGoalTerms newTerms, long version) {
        return new GoalView(
                id,
                newTerms,
                newRevision,
                Answer.PENDING,
                with(new NegotiationStep(Step.REVISED, newRevision, null, version)),
                status,
                evidence,
                statusRecordedOn);
    }

    GoalView answered(Answer newAnswer, Step step, int ofRevision, String text, long version) {
        return new GoalView(
                id,
                terms,
                revision,
                newAnswer,
                with(new NegotiationStep(step, ofRevision, text, version)),
                status,
                evidence,
                statusRecordedOn);
    }

    GoalView progressed(ImplementationStatus newStatus, String newEvidence, LocalDate on) {
        return new GoalView(id, terms, revision, answer, negotiation, newStatus, newEvidence, on);
    }

    private List<NegotiationStep> with(NegotiationStep step) {
        List<NegotiationStep> more = new ArrayList<>(negotiation);
        more.add(step);
        return List.copyOf(more);
    }
}
