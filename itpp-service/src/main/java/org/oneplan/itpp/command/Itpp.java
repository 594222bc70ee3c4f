package org.oneplan.itpp.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.itpp.api.ItppCommands.AddGoalCommand;
import org.oneplan.itpp.api.ItppCommands.AddObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.BreakSilenceCommand;
import org.oneplan.itpp.api.ItppCommands.CirculateItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftItppCommand;
import org.oneplan.itpp.api.ItppCommands.RecordPartnerAgreementCommand;
import org.oneplan.itpp.api.ItppCommands.ReviseObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.SubmitItppCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawGoalCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawObjectiveCommand;
import org.oneplan.itpp.command.ItppRefusals.ItppFrozen;
import org.oneplan.itpp.command.ItppRefusals.ItppNotInDraft;
import org.oneplan.itpp.command.ItppRefusals.NotOnAllyRoster;
import org.oneplan.itpp.command.ItppRefusals.NotSubmitted;
import org.oneplan.itpp.command.ItppRefusals.NotThisPartner;
import org.oneplan.itpp.command.ItppRefusals.NotUnderSilenceProcedure;
import org.oneplan.itpp.command.ItppRefusals.NothingToSubmit;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveNotAvailable;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveStillServed;
import org.oneplan.itpp.command.ItppRefusals.PartnerSuspended;
import org.oneplan.itpp.command.ItppRefusals.SilenceAlreadyEnded;
import org.oneplan.itpp.command.ItppRefusals.UnknownGoal;
import org.oneplan.itpp.command.ItppRefusals.UnknownPartner;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * One partner's Individually Tailored Partnership Programme for one four-year cycle: its strategic
 * objectives (output 1) and partnership goals (output 2), and their way to approval — the partner's
 * agreement and the Allies' consensus under the silence procedure.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Itpp {

    static final String SILENCE_ENDS = "silence-ends";
    static final int CYCLE_YEARS = 4;

    @AggregateIdentifier
    private UUID itppId;
    private String partnerCode;
    private int cycleStartYear;
    private ItppStatus status;
    private boolean partnerAgreed;
    private Instant silenceEnds;
    private List<String> roster = new ArrayList<>();
    private Set<UUID> objectives = new HashSet<>();
    /** Current goals and the objectives each serves. */
    private Map<UUID, List<UUID>> goals = new HashMap<>();

    Itpp() {
        // Axon rebuilds ITPPs from their events.
    }

    @CommandHandler
    Itpp(DraftItppCommand command, PartnerDirectory partners) {
        PartnerDirectory.KnownPartner partner = partners.find(command.partnerId())
                .orElseThrow(() -> new UnknownPartner(command.partnerId()));
        if (partner.suspended()) {
            throw new PartnerSuspended(partner.code());
        }
        if (command.cycleStartYear() < 2021 || command.cycleStartYear() > 2100) {
            throw new InvalidCommand("cycleStartYear", "ITPP cycles start from 2021, when ITPPs were agreed");
        }
        apply(new ItppDraftedEvent(command.itppId(), command.partnerId(), partner.code(), command.cycleStartYear()));
    }

    @CommandHandler
    long handle(AddObjectiveCommand command) {
        requireDraft();
        Require.text("title", command.title());
        Require.text("intendedOutcome", command.intendedOutcome());
        apply(new StrategicObjectiveAddedEvent(itppId, command.objectiveId(), command.title().strip(),
                command.description(), command.intendedOutcome().strip()));
        return version();
    }

    @CommandHandler
    long handle(ReviseObjectiveCommand command) {
        requireDraft();
        requireObjective(command.objectiveId());
        Require.text("title", command.title());
        Require.text("intendedOutcome", command.intendedOutcome());
        apply(new StrategicObjectiveRevisedEvent(itppId, command.objectiveId(), command.title().strip(),
                command.description(), command.intendedOutcome().strip()));
        return version();
    }

    @CommandHandler
    long handle(WithdrawObjectiveCommand command) {
        requireDraft();
        requireObjective(command.objectiveId());
        if (goals.values().stream().anyMatch(served -> served.contains(command.objectiveId()))) {
            throw new ObjectiveStillServed();
        }
        apply(new StrategicObjectiveWithdrawnEvent(itppId, command.objectiveId()));
        return version();
    }

    @CommandHandler
    long handle(AddGoalCommand command) {
        requireDraft();
        Require.text("title", command.title());
        Require.text("expectedOutcome", command.expectedOutcome());
        Require.text("rationale", command.rationale());
        if (command.objectiveIds() == null || command.objectiveIds().isEmpty()) {
            throw new InvalidCommand("objectiveIds", "A goal serves at least one strategic objective");
        }
        command.objectiveIds().forEach(this::requireObjective);
        List<Milestone> milestones = command.milestones() == null ? List.of() : command.milestones();
        for (Milestone milestone : milestones) {
            int year = milestone.dueDate().getYear();
            if (year < cycleStartYear || year >= cycleStartYear + CYCLE_YEARS) {
                throw new InvalidCommand("milestones", "Milestone '" + milestone.description() + "' is due "
                        + milestone.dueDate() + ", outside the cycle " + cycleStartYear + "-"
                        + (cycleStartYear + CYCLE_YEARS - 1));
            }
        }
        apply(new PartnershipGoalAddedEvent(itppId, command.goalId(), command.title().strip(),
                command.expectedOutcome().strip(), command.rationale().strip(), command.objectiveIds(), milestones));
        return version();
    }

    @CommandHandler
    long handle(WithdrawGoalCommand command) {
        requireDraft();
        if (!goals.containsKey(command.goalId())) {
            throw new UnknownGoal(command.goalId());
        }
        apply(new PartnershipGoalWithdrawnEvent(itppId, command.goalId()));
        return version();
    }

    @CommandHandler
    long handle(SubmitItppCommand command) {
        requireDraft();
        if (objectives.isEmpty() || goals.isEmpty()) {
            throw new NothingToSubmit();
        }
        apply(new ItppSubmittedEvent(itppId));
        return version();
    }

    @CommandHandler
    long handle(RecordPartnerAgreementCommand command) {
        if (status != ItppStatus.SUBMITTED && status != ItppStatus.CIRCULATED) {
            throw new NotSubmitted();
        }
        if (!partnerCode.equals(command.partnerCode())) {
            throw new NotThisPartner();
        }
        if (!partnerAgreed) {
            apply(new PartnerAgreementRecordedEvent(itppId, partnerCode));
        }
        return version();
    }

    @CommandHandler
    long handle(CirculateItppCommand command, DeadlineManager deadlines) {
        if (status != ItppStatus.SUBMITTED) {
            throw status == ItppStatus.APPROVED ? new ItppFrozen() : new NotSubmitted();
        }
        if (command.silenceEnds() == null || !command.silenceEnds().isAfter(command.at())) {
            throw new InvalidCommand("silenceEnds", "The silence deadline must lie in the future");
        }
        if (command.allies() == null || command.allies().isEmpty()) {
            throw new InvalidCommand("allies", "There are no Allies on the roster to circulate to");
        }
        apply(new ItppCirculatedEvent(itppId, command.silenceEnds(), command.allies()));
        deadlines.schedule(command.silenceEnds(), SILENCE_ENDS);
        return version();
    }

    @CommandHandler
    long handle(BreakSilenceCommand command, DeadlineManager deadlines) {
        if (status != ItppStatus.CIRCULATED) {
            throw new NotUnderSilenceProcedure();
        }
        if (!roster.contains(command.allyNation())) {
            throw new NotOnAllyRoster(command.allyNation());
        }
        if (!command.at().isBefore(silenceEnds)) {
            throw new SilenceAlreadyEnded();
        }
        Require.text("reason", command.reason());
        apply(new SilenceBrokenEvent(itppId, command.allyNation(), command.reason().strip()));
        deadlines.cancelAllWithinScope(SILENCE_ENDS, AggregateLifecycle.describeCurrentScope());
        return version();
    }

    /** Silence held to the deadline: approved if the partner agreed, otherwise back to draft. */
    @DeadlineHandler(deadlineName = SILENCE_ENDS)
    void silenceEnds() {
        if (status != ItppStatus.CIRCULATED) {
            return;
        }
        if (partnerAgreed) {
            apply(new ItppApprovedEvent(itppId, silenceEnds));
        } else {
            apply(new SilenceProcedureLapsedEvent(itppId, "The partner had not agreed the text by the deadline"));
        }
    }

    @EventSourcingHandler
    void on(ItppDraftedEvent event) {
        itppId = event.itppId();
        partnerCode = event.partnerCode();
        cycleStartYear = event.cycleStartYear();
        status = ItppStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(StrategicObjectiveAddedEvent event) {
        objectives.add(event.objectiveId());
    }

    @EventSourcingHandler
    void on(StrategicObjectiveWithdrawnEvent event) {
        objectives.remove(event.objectiveId());
    }

    @EventSourcingHandler
    void on(PartnershipGoalAddedEvent event) {
        goals.put(event.goalId(), List.copyOf(event.objectiveIds()));
    }

    @EventSourcingHandler
    void on(PartnershipGoalWithdrawnEvent event) {
        goals.remove(event.goalId());
    }

    @EventSourcingHandler
    void on(ItppSubmittedEvent event) {
        status = ItppStatus.SUBMITTED;
        partnerAgreed = false;
    }

    @EventSourcingHandler
    void on(PartnerAgreementRecordedEvent event) {
        partnerAgreed = true;
    }

    @EventSourcingHandler
    void on(ItppCirculatedEvent event) {
        status = ItppStatus.CIRCULATED;
        silenceEnds = event.silenceEnds();
        roster = new ArrayList<>(event.allies());
    }

    @EventSourcingHandler
    void on(SilenceBrokenEvent event) {
        returnToDraft();
    }

    @EventSourcingHandler
    void on(SilenceProcedureLapsedEvent event) {
        returnToDraft();
    }

    @EventSourcingHandler
    void on(ItppApprovedEvent event) {
        status = ItppStatus.APPROVED;
    }

    private void returnToDraft() {
        status = ItppStatus.DRAFT;
        partnerAgreed = false;
        silenceEnds = null;
    }

    private void requireDraft() {
        if (status == ItppStatus.APPROVED) {
            throw new ItppFrozen();
        }
        if (status != ItppStatus.DRAFT) {
            throw new ItppNotInDraft();
        }
    }

    private void requireObjective(UUID objectiveId) {
        if (!objectives.contains(objectiveId)) {
            throw new ObjectiveNotAvailable(objectiveId);
        }
    }


    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
