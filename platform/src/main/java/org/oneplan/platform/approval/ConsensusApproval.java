package org.oneplan.platform.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.platform.approval.ApprovalRefusals.AlreadyApproved;
import org.oneplan.platform.approval.ApprovalRefusals.NotInDraft;
import org.oneplan.platform.approval.ApprovalRefusals.NotOnAllyRoster;
import org.oneplan.platform.approval.ApprovalRefusals.NotSubmitted;
import org.oneplan.platform.approval.ApprovalRefusals.NotThisPartner;
import org.oneplan.platform.approval.ApprovalRefusals.NotUnderSilenceProcedure;
import org.oneplan.platform.approval.ApprovalRefusals.SilenceAlreadyEnded;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * A text's way to approval by consensus, as NATO decides: submitted, agreed by the partner that co-owns
 * it (where one does), circulated to the Allies on the roster of the day under a silence procedure, and
 * approved when the deadline passes with no objection. An Ally that breaks silence, with a reason, sends
 * the text back to drafting; so does a deadline reached without the partner's agreement.
 *
 * <p>An immutable value held by an aggregate. Its deciding methods check the rules, apply the context's
 * own event for the step (through {@link ApprovalEvents}, with the record's marking) and keep the silence
 * deadline; the aggregate's sourcing handlers feed the events back through the {@code after...} methods.
 *
 * @param kind the kind of text, naming its refusal codes ({@code itpp} gives {@code itpp-not-submitted})
 * @param coOwner the partner whose agreement the text needs, or null when the Allies alone approve it
 */
public record ConsensusApproval(String kind, String coOwner, Stage stage, boolean coOwnerAgreed, Silence silence) {

    public enum Stage {
        DRAFTING,
        SUBMITTED,
        CIRCULATED,
        APPROVED
    }

    /** One circulation: its deadline and the Allies on the roster that day, who alone may object. */
    public record Silence(Instant ends, List<String> roster) {
        public Silence {
            roster = List.copyOf(roster);
        }
    }

    /** A silence procedure runs days or weeks; a deadline years away would freeze the text for good. */
    static final Duration LONGEST_SILENCE = Duration.ofDays(366);

    static final String NO_AGREEMENT = "The partner had not agreed the text by the deadline";

    public static ConsensusApproval coOwnedBy(String kind, String partnerCode) {
        return new ConsensusApproval(kind, Objects.requireNonNull(partnerCode), Stage.DRAFTING, false, null);
    }

    public static ConsensusApproval byAlliesAlone(String kind) {
        return new ConsensusApproval(kind, null, Stage.DRAFTING, false, null);
    }

    public boolean isDrafting() {
        return stage == Stage.DRAFTING;
    }

    public boolean isApproved() {
        return stage == Stage.APPROVED;
    }

    /** The text may change only as a draft: not on its way to approval, and not once approved. */
    public void requireDrafting() {
        if (stage != Stage.DRAFTING) {
            throw stage == Stage.APPROVED ? new AlreadyApproved(kind) : new NotInDraft(kind);
        }
    }

    public void submit(ApprovalEvents events) {
        if (stage != Stage.DRAFTING) {
            throw stage == Stage.APPROVED ? new AlreadyApproved(kind) : new NotInDraft(kind);
        }
        events.marking().apply(events.submitted());
    }

    /** Recording the same agreement twice changes nothing. */
    public void recordPartnerAgreement(String partnerCode, ApprovalEvents events) {
        if (stage != Stage.SUBMITTED && stage != Stage.CIRCULATED) {
            throw new NotSubmitted(kind);
        }
        if (coOwner == null || !coOwner.equals(partnerCode)) {
            throw new NotThisPartner();
        }
        if (!coOwnerAgreed) {
            events.marking().apply(events.partnerAgreed(partnerCode));
        }
    }

    /** Sends the text to the Allies on {@code allies} under silence until {@code silenceEnds}. */
    public void circulate(
            Instant silenceEnds, List<String> allies, Instant now, ApprovalEvents events, DeadlineManager deadlines) {
        if (stage != Stage.SUBMITTED) {
            throw stage == Stage.APPROVED ? new AlreadyApproved(kind) : new NotSubmitted(kind);
        }
        if (silenceEnds == null || !silenceEnds.isAfter(now) || silenceEnds.isAfter(now.plus(LONGEST_SILENCE))) {
            throw new InvalidCommand("silenceEnds", "The silence deadline must lie in the future, and within a year");
        }
        if (allies == null || allies.isEmpty()) {
            throw new InvalidCommand("allies", "There are no Allies on the roster to circulate to");
        }
        events.marking().apply(events.circulated(silenceEnds, allies));
        deadlines.schedule(silenceEnds, SilenceDeadline.NAME, new SilenceDeadline(silenceEnds));
    }

    /** An Ally on the day's roster objects before the deadline: the procedure fails and its deadline goes. */
    public void breakSilence(
            String allyNation, String reason, Instant now, ApprovalEvents events, DeadlineManager deadlines) {
        if (stage != Stage.CIRCULATED) {
            throw new NotUnderSilenceProcedure();
        }
        if (!silence.roster().contains(allyNation)) {
            throw new NotOnAllyRoster(allyNation);
        }
        if (!now.isBefore(silence.ends())) {
            throw new SilenceAlreadyEnded();
        }
        Require.text("reason", reason);
        events.marking().apply(events.silenceBroken(allyNation, reason.strip()));
        deadlines.cancelAllWithinScope(SilenceDeadline.NAME, AggregateLifecycle.describeCurrentScope());
    }

    /** Silence held to {@code deadline}: approved if the co-owner agreed, otherwise back to drafting. */
    public SilenceOutcome silenceEnded(SilenceDeadline deadline, ApprovalEvents events) {
        if (stage != Stage.CIRCULATED || !deadline.at().equals(silence.ends())) {
            return SilenceOutcome.STALE;
        }
        if (coOwner != null && !coOwnerAgreed) {
            events.marking().apply(events.lapsed(NO_AGREEMENT));
            return SilenceOutcome.LAPSED;
        }
        events.marking().apply(events.approved(silence.ends()));
        return SilenceOutcome.APPROVED;
    }

    public ConsensusApproval afterSubmission() {
        return new ConsensusApproval(kind, coOwner, Stage.SUBMITTED, false, null);
    }

    public ConsensusApproval afterPartnerAgreement() {
        return new ConsensusApproval(kind, coOwner, stage, true, silence);
    }

    public ConsensusApproval afterCirculation(Instant silenceEnds, List<String> allies) {
        return new ConsensusApproval(kind, coOwner, Stage.CIRCULATED, coOwnerAgreed, new Silence(silenceEnds, allies));
    }

    /** Silence broken, or lapsed without the partner's agreement: a draft again, to be agreed anew. */
    public ConsensusApproval afterFailure() {
        return new ConsensusApproval(kind, coOwner, Stage.DRAFTING, false, null);
    }

    public ConsensusApproval afterApproval() {
        return new ConsensusApproval(kind, coOwner, Stage.APPROVED, coOwnerAgreed, null);
    }

    /** An approved text opened for change (an amendment): drafted again, and approved again the same way. */
    public ConsensusApproval reopened() {
        return new ConsensusApproval(kind, coOwner, Stage.DRAFTING, false, null);
    }
}
