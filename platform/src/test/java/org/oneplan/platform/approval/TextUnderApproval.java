package org.oneplan.platform.approval;

import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.oneplan.platform.axon.RecordMarking;

/** The smallest aggregate that is approved by consensus: nothing but the approval part, with its own events. */
class TextUnderApproval {

    record Draft(@TargetAggregateIdentifier String id, String coOwner) {}

    record Submit(@TargetAggregateIdentifier String id) {}

    record Agree(@TargetAggregateIdentifier String id, String partnerCode) {}

    record Circulate(@TargetAggregateIdentifier String id, Instant silenceEnds, List<String> allies, Instant now) {}

    record BreakSilence(@TargetAggregateIdentifier String id, String ally, String reason, Instant now) {}

    record Drafted(String id, String coOwner) {}

    record Submitted(String id) {}

    record Agreed(String id, String partnerCode) {}

    record Circulated(String id, Instant silenceEnds, List<String> allies) {}

    record Objected(String id, String ally, String reason) {}

    record Lapsed(String id, String reason) {}

    record Approved(String id, Instant at) {}

    /** The test context's records of each step. */
    record Steps(String id, String coOwner) implements ApprovalEvents {

        @Override
        public RecordMarking marking() {
            return RecordMarking.restrictedReleasableTo(coOwner == null ? "NATO" : coOwner);
        }

        @Override
        public Submitted submitted() {
            return new Submitted(id);
        }

        @Override
        public Agreed partnerAgreed(String partnerCode) {
            return new Agreed(id, partnerCode);
        }

        @Override
        public Circulated circulated(Instant silenceEnds, List<String> allies) {
            return new Circulated(id, silenceEnds, allies);
        }

        @Override
        public Objected silenceBroken(String allyNation, String reason) {
            return new Objected(id, allyNation, reason);
        }

        @Override
        public Lapsed lapsed(String reason) {
            return new Lapsed(id, reason);
        }

        @Override
        public Approved approved(Instant approvedAt) {
            return new Approved(id, approvedAt);
        }
    }

    @AggregateIdentifier
    private String id;

    private Steps steps;
    private ConsensusApproval approval;

    TextUnderApproval() {}

    @CommandHandler
    TextUnderApproval(Draft command) {
        new Steps(command.id(), command.coOwner()).marking().apply(new Drafted(command.id(), command.coOwner()));
    }

    @CommandHandler
    void handle(Submit command) {
        approval.submit(steps);
    }

    @CommandHandler
    void handle(Agree command) {
        approval.recordPartnerAgreement(command.partnerCode(), steps);
    }

    @CommandHandler
    void handle(Circulate command, DeadlineManager deadlines) {
        approval.circulate(command.silenceEnds(), command.allies(), command.now(), steps, deadlines);
    }

    @CommandHandler
    void handle(BreakSilence command, DeadlineManager deadlines) {
        approval.breakSilence(command.ally(), command.reason(), command.now(), steps, deadlines);
    }

    @DeadlineHandler(deadlineName = SilenceDeadline.NAME)
    void silenceEnds(SilenceDeadline deadline) {
        approval.silenceEnded(deadline, steps);
    }

    @EventSourcingHandler
    void on(Drafted event) {
        id = event.id();
        steps = new Steps(event.id(), event.coOwner());
        approval = event.coOwner() == null
                ? ConsensusApproval.byAlliesAlone("text")
                : ConsensusApproval.coOwnedBy("text", event.coOwner());
    }

    @EventSourcingHandler
    void on(Submitted event) {
        approval = approval.afterSubmission();
    }

    @EventSourcingHandler
    void on(Agreed event) {
        approval = approval.afterPartnerAgreement();
    }

    @EventSourcingHandler
    void on(Circulated event) {
        approval = approval.afterCirculation(event.silenceEnds(), event.allies());
    }

    @EventSourcingHandler
    void on(Objected event) {
        approval = approval.afterFailure();
    }

    @EventSourcingHandler
    void on(Lapsed event) {
        approval = approval.afterFailure();
    }

    @EventSourcingHandler
    void on(Approved event) {
        approval = approval.afterApproval();
    }
}
