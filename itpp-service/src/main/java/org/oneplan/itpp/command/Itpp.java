package org.oneplan.itpp.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.oneplan.contracts.itpp.AmendmentOpenedEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.itpp.api.ItppCommands.BreakSilenceCommand;
import org.oneplan.itpp.api.ItppCommands.CirculateItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftNextCycleCommand;
import org.oneplan.itpp.api.ItppCommands.OpenAmendmentCommand;
import org.oneplan.itpp.api.ItppCommands.Recommended;
import org.oneplan.itpp.api.ItppCommands.RecordPartnerAgreementCommand;
import org.oneplan.itpp.api.ItppCommands.SubmitItppCommand;
import org.oneplan.itpp.command.ItppRefusals.ItppNotInDraft;
import org.oneplan.itpp.command.ItppRefusals.NotYetApproved;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.approval.SilenceOutcome;
import org.oneplan.platform.axon.RecordMarking;
import org.oneplan.platform.domain.Require;
import org.oneplan.platform.partners.KnownPartners;

/**
 * One partner's Individually Tailored Partnership Programme for one four-year cycle. Outputs 1 and 2
 * ({@link ItppOutputs}) are drafted, then approved by consensus ({@link ConsensusApproval}), co-owned by
 * the partner; the first approval starts the cycle's calendar ({@link CycleCalendar}); the approved text
 * is implemented ({@link ImplementationPlan}) and amended from the mid-term on; the next cycle's draft
 * carries over chosen goals ({@link CarryOver}).
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
// Snapshots of revision 1 (before the approval part and the members) are skipped and rebuilt from events.
@Revision("2")
class Itpp {

    @AggregateIdentifier
    private UUID itppId;

    private UUID partnerId;
    private ItppHeader header;
    private int amendment;
    private ConsensusApproval approval;

    @AggregateMember
    private ItppOutputs outputs;

    @AggregateMember
    private ImplementationPlan plan;

    Itpp() {
        // Axon rebuilds ITPPs from their events.
    }

    @CommandHandler
    Itpp(DraftItppCommand command, KnownPartners partners) {
        String code = DraftingPolicy.eligiblePartner(partners, command.partnerId(), command.cycleStartYear());
        RecordMarking.restrictedReleasableTo(code)
                .apply(new ItppDraftedEvent(command.itppId(), command.partnerId(), code, command.cycleStartYear()));
    }

    @CommandHandler
    Itpp(DraftNextCycleCommand command, KnownPartners partners) {
        String code = DraftingPolicy.eligiblePartner(partners, command.partnerId(), command.cycleStartYear());
        RecordMarking marking = RecordMarking.restrictedReleasableTo(code);
        marking.apply(new ItppDraftedEvent(command.itppId(), command.partnerId(), code, command.cycleStartYear()));
        CarryOver.events(command).forEach(marking::apply);
    }

    /** The next cycle's draft for the same partner, carrying over {@code goalIds} of this ITPP. */
    DraftNextCycleCommand nextCycleDraft(List<UUID> goalIds) {
        return CarryOver.draftNextCycle(itppId, partnerId, header.cycle().next().startYear(), outputs, goalIds, null);
    }

    /**
     * The next cycle's draft as an end-of-cycle assessment recommends it: of the goals it names, those still
     * current (one withdrawn since the assessment opened is passed over), and its recommendation.
     */
    DraftNextCycleCommand nextCycleDraft(List<UUID> goalIds, Recommended recommended) {
        List<UUID> current = goalIds.stream().filter(outputs::hasGoal).toList();
        return CarryOver.draftNextCycle(
                itppId, partnerId, header.cycle().next().startYear(), outputs, current, recommended);
    }

    @CommandHandler
    long handle(SubmitItppCommand command) {
        header.requireDraft();
        outputs.requireSubmittable();
        approval.submit(approvalEvents());
        return version();
    }

    @CommandHandler
    long handle(RecordPartnerAgreementCommand command) {
        approval.recordPartnerAgreement(command.partnerCode(), approvalEvents());
        return version();
    }

    @CommandHandler
    long handle(CirculateItppCommand command, DeadlineManager deadlines) {
        approval.circulate(command.silenceEnds(), command.allies(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @CommandHandler
    long handle(BreakSilenceCommand command, DeadlineManager deadlines) {
        approval.breakSilence(command.allyNation(), command.reason(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    /** Silence held to the deadline; the first approval starts the cycle's calendar. */
    @DeadlineHandler(deadlineName = SilenceDeadline.NAME)
    void silenceEnds(SilenceDeadline deadline, DeadlineManager deadlines) {
        boolean firstApproval = !header.calendar().isRunning();
        if (approval.silenceEnded(deadline, approvalEvents()) == SilenceOutcome.APPROVED && firstApproval) {
            header.calendar().start(deadlines);
        }
    }

    @DeadlineHandler(deadlineName = CycleCalendar.YEAR_BEGINS)
    void cycleYearBegins(CycleYear year) {
        header.record(header.calendar().yearBegan(itppId, year));
    }

    @DeadlineHandler(deadlineName = CycleCalendar.CYCLE_ENDS)
    void cycleEnds(CycleYear lastYear) {
        header.calendar().ending(itppId).ifPresent(header::record);
    }

    /** From the mid-term on, the approved text can be amended; the amendment goes the same way to approval. */
    @CommandHandler
    long handle(OpenAmendmentCommand command) {
        header.calendar().requireOpen();
        if (header.status() != ItppStatus.APPROVED) {
            throw header.status() == ItppStatus.AMENDING ? new ItppNotInDraft() : new NotYetApproved();
        }
        header.calendar().requireMidTermReached();
        Require.text("reason", command.reason());
        return header.record(
                new AmendmentOpenedEvent(itppId, amendment + 1, command.reason().strip()));
    }

    /**
     * The payload of the cycle calendar's deadlines. It stays a member of {@code Itpp}: deadlines scheduled
     * years ahead are stored under this type's name.
     */
    record CycleYear(int cycleYear) {}

    @EventSourcingHandler
    void on(ItppDraftedEvent event) {
        itppId = event.itppId();
        partnerId = event.partnerId();
        header = ItppHeader.of(event);
        approval = ItppApproval.start(event.partnerCode());
        outputs = ItppOutputs.none(header);
        plan = ImplementationPlan.empty(header);
    }

    @EventSourcingHandler
    void on(ItppEvent event) {
        if (event instanceof AmendmentOpenedEvent opened) {
            amendment = opened.amendment();
        }
        header = header.after(event, amendment > 0);
        approval = ItppApproval.after(approval, event);
        outputs = outputs.after(event, header);
        plan = plan.after(event, header);
    }

    private ItppApproval approvalEvents() {
        return new ItppApproval(itppId, header.partnerCode());
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
