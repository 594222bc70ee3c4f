package org.oneplan.itpp.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityRevisedEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityStatusChangedEvent;
import org.oneplan.contracts.itpp.AmendmentOpenedEvent;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCarriedOverEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppCycleEndedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.itpp.api.ItppCommands;
import org.oneplan.itpp.api.ItppCommands.AddGoalCommand;
import org.oneplan.itpp.api.ItppCommands.AddObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.BreakSilenceCommand;
import org.oneplan.itpp.api.ItppCommands.ChangeActivityStatusCommand;
import org.oneplan.itpp.api.ItppCommands.CirculateItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftItppCommand;
import org.oneplan.itpp.api.ItppCommands.DraftNextCycleCommand;
import org.oneplan.itpp.api.ItppCommands.OpenAmendmentCommand;
import org.oneplan.itpp.api.ItppCommands.PlanActivityCommand;
import org.oneplan.itpp.api.ItppCommands.RecordPartnerAgreementCommand;
import org.oneplan.itpp.api.ItppCommands.ReportMilestoneProgressCommand;
import org.oneplan.itpp.api.ItppCommands.ReviseActivityCommand;
import org.oneplan.itpp.api.ItppCommands.ReviseObjectiveCommand;
import org.oneplan.itpp.api.ItppCommands.SubmitItppCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawGoalCommand;
import org.oneplan.itpp.api.ItppCommands.WithdrawObjectiveCommand;
import org.oneplan.itpp.command.ItppRefusals.ActivityClosed;
import org.oneplan.itpp.command.ItppRefusals.AmendmentBeforeMidTerm;
import org.oneplan.itpp.command.ItppRefusals.CycleEnded;
import org.oneplan.itpp.command.ItppRefusals.ItppFrozen;
import org.oneplan.itpp.command.ItppRefusals.ItppNotInDraft;
import org.oneplan.itpp.command.ItppRefusals.NotOnAllyRoster;
import org.oneplan.itpp.command.ItppRefusals.NotSubmitted;
import org.oneplan.itpp.command.ItppRefusals.NotThisPartner;
import org.oneplan.itpp.command.ItppRefusals.NotUnderSilenceProcedure;
import org.oneplan.itpp.command.ItppRefusals.NotYetApproved;
import org.oneplan.itpp.command.ItppRefusals.NothingToSubmit;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveNotAvailable;
import org.oneplan.itpp.command.ItppRefusals.ObjectiveStillServed;
import org.oneplan.itpp.command.ItppRefusals.PartnerSuspended;
import org.oneplan.itpp.command.ItppRefusals.SilenceAlreadyEnded;
import org.oneplan.itpp.command.ItppRefusals.UnknownActivity;
import org.oneplan.itpp.command.ItppRefusals.UnknownGoal;
import org.oneplan.itpp.command.ItppRefusals.UnknownMilestone;
import org.oneplan.itpp.command.ItppRefusals.UnknownPartner;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.KnownPartners;

/**
 * One partner's Individually Tailored Partnership Programme for one four-year cycle: its strategic
 * objectives (output 1) and partnership goals (output 2), and their way to approval — the partner's
 * agreement and the Allies' consensus under the silence procedure.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Itpp {

    static final String SILENCE_ENDS = "silence-ends";
    static final String CYCLE_YEAR_BEGINS = "cycle-year-begins";
    static final String CYCLE_ENDS = "cycle-ends";
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
    /** Milestones of each current goal. */
    private Map<UUID, Set<UUID>> milestones = new HashMap<>();

    private Map<UUID, ActivityStatus> activities = new HashMap<>();
    private boolean cycleEnded;
    private int cycleYear;
    private int amendment;
    private boolean calendarStarted;

    Itpp() {
        // Axon rebuilds ITPPs from their events.
    }

    @CommandHandler
    Itpp(DraftItppCommand command, KnownPartners partners) {
        String code = activePartner(partners, command.partnerId(), command.cycleStartYear());
        apply(new ItppDraftedEvent(command.itppId(), command.partnerId(), code, command.cycleStartYear()));
    }

    @CommandHandler
    Itpp(DraftNextCycleCommand command, KnownPartners partners) {
        String code = activePartner(partners, command.partnerId(), command.cycleStartYear());
        apply(new ItppDraftedEvent(command.itppId(), command.partnerId(), code, command.cycleStartYear()));
        apply(new ItppCarriedOverEvent(
                command.itppId(),
                command.previousItppId(),
                command.goals().stream()
                        .map(ItppCommands.CarriedGoal::previousGoalId)
                        .toList()));
        for (ItppCommands.CarriedObjective objective : command.objectives()) {
            apply(new StrategicObjectiveAddedEvent(
                    command.itppId(),
                    objective.objectiveId(),
                    objective.title(),
                    objective.description(),
                    objective.intendedOutcome()));
        }
        for (ItppCommands.CarriedGoal goal : command.goals()) {
            apply(new PartnershipGoalAddedEvent(
                    command.itppId(),
                    goal.goalId(),
                    goal.title(),
                    goal.expectedOutcome(),
                    goal.rationale(),
                    goal.objectiveIds(),
                    List.of(),
                    goal.indicators()));
        }
    }

    private static String activePartner(KnownPartners partners, UUID partnerId, int cycleStartYear) {
        KnownPartner partner = partners.find(partnerId).orElseThrow(() -> new UnknownPartner(partnerId));
        if (partner.suspended()) {
            throw new PartnerSuspended(partner.code());
        }
        if (cycleStartYear < 2021 || cycleStartYear > 2100) {
            throw new InvalidCommand("cycleStartYear", "ITPP cycles start from 2021, when ITPPs were agreed");
        }
        return partner.code();
    }

    @CommandHandler
    long handle(OpenAmendmentCommand command) {
        requireOpenCycle();
        if (status != ItppStatus.APPROVED) {
            throw status == ItppStatus.AMENDING ? new ItppNotInDraft() : new NotYetApproved();
        }
        if (cycleYear < 2) {
            throw new AmendmentBeforeMidTerm();
        }
        Require.text("reason", command.reason());
        apply(new AmendmentOpenedEvent(itppId, amendment + 1, command.reason().strip()));
        return version();
    }

    @CommandHandler
    long handle(AddObjectiveCommand command) {
        requireDraft();
        Require.text("title", command.title());
        Require.text("intendedOutcome", command.intendedOutcome());
        apply(new StrategicObjectiveAddedEvent(
                itppId,
                command.objectiveId(),
                command.title().strip(),
                command.description(),
                command.intendedOutcome().strip()));
        return version();
    }

    @CommandHandler
    long handle(ReviseObjectiveCommand command) {
        requireDraft();
        requireObjective(command.objectiveId());
        Require.text("title", command.title());
        Require.text("intendedOutcome", command.intendedOutcome());
        apply(new StrategicObjectiveRevisedEvent(
                itppId,
                command.objectiveId(),
                command.title().strip(),
                command.description(),
                command.intendedOutcome().strip()));
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
                throw new InvalidCommand(
                        "milestones",
                        "Milestone '" + milestone.description() + "' is due "
                                + milestone.dueDate() + ", outside the cycle " + cycleStartYear + "-"
                                + (cycleStartYear + CYCLE_YEARS - 1));
            }
        }
        List<Indicator> indicators = command.indicators() == null ? List.of() : command.indicators();
        for (Indicator indicator : indicators) {
            Require.text("indicators.description", indicator.description());
            Require.text("indicators.unit", indicator.unit());
            if (indicator.targetYear() < indicator.baselineYear()
                    || indicator.targetYear() >= cycleStartYear + CYCLE_YEARS) {
                throw new InvalidCommand(
                        "indicators",
                        "Indicator '" + indicator.description() + "' needs a target year"
                                + " from its baseline year to the cycle's last year "
                                + (cycleStartYear + CYCLE_YEARS - 1));
            }
        }
        apply(new PartnershipGoalAddedEvent(
                itppId,
                command.goalId(),
                command.title().strip(),
                command.expectedOutcome().strip(),
                command.rationale().strip(),
                command.objectiveIds(),
                milestones,
                indicators));
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
        deadlines.schedule(command.silenceEnds(), SILENCE_ENDS, new SilenceEnds(command.silenceEnds()));
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
        apply(new SilenceBrokenEvent(
                itppId, command.allyNation(), command.reason().strip()));
        deadlines.cancelAllWithinScope(SILENCE_ENDS, AggregateLifecycle.describeCurrentScope());
        return version();
    }

    /**
     * Silence held to the deadline: approved if the partner agreed, otherwise back to draft. Approval
     * starts the cycle calendar: the beginnings of years 2 to 4 and the end of the cycle are deadlines too.
     */
    @DeadlineHandler(deadlineName = SILENCE_ENDS)
    void silenceEnds(SilenceEnds deadline, DeadlineManager deadlines) {
        if (status != ItppStatus.CIRCULATED || !deadline.at().equals(silenceEnds)) {
            return;
        }
        if (!partnerAgreed) {
            apply(new SilenceProcedureLapsedEvent(itppId, "The partner had not agreed the text by the deadline"));
            return;
        }
        boolean firstApproval = !calendarStarted;
        apply(new ItppApprovedEvent(itppId, silenceEnds));
        if (firstApproval) {
            for (int year = 2; year <= CYCLE_YEARS; year++) {
                deadlines.schedule(newYear(cycleStartYear + year - 1), CYCLE_YEAR_BEGINS, new CycleYear(year));
            }
            deadlines.schedule(newYear(cycleStartYear + CYCLE_YEARS), CYCLE_ENDS, new CycleYear(CYCLE_YEARS));
        }
    }

    @DeadlineHandler(deadlineName = CYCLE_YEAR_BEGINS)
    void cycleYearBegins(CycleYear year) {
        apply(new ItppCycleYearBeganEvent(itppId, year.cycleYear(), cycleStartYear + year.cycleYear() - 1));
    }

    @DeadlineHandler(deadlineName = CYCLE_ENDS)
    void cycleEnds(CycleYear lastYear) {
        if (!cycleEnded) {
            apply(new ItppCycleEndedEvent(itppId, cycleStartYear + CYCLE_YEARS - 1));
        }
    }

    @CommandHandler
    long handle(PlanActivityCommand command) {
        requireOpenCycle();
        if (activities.containsKey(command.activityId())) {
            throw new InvalidCommand("activityId", "An activity with this id exists already");
        }
        checkActivity(
                command.title(), command.goalIds(), command.plannedFrom(), command.plannedUntil(), command.lead());
        apply(new ActivityPlannedEvent(
                itppId,
                command.activityId(),
                command.title().strip(),
                command.type(),
                command.goalIds(),
                command.plannedFrom(),
                command.plannedUntil(),
                command.lead(),
                command.pcmEventCode()));
        return version();
    }

    @CommandHandler
    long handle(ReviseActivityCommand command) {
        requireOpenCycle();
        requireOpenActivity(command.activityId());
        checkActivity(
                command.title(), command.goalIds(), command.plannedFrom(), command.plannedUntil(), command.lead());
        apply(new ActivityRevisedEvent(
                itppId,
                command.activityId(),
                command.title().strip(),
                command.type(),
                command.goalIds(),
                command.plannedFrom(),
                command.plannedUntil(),
                command.lead(),
                command.pcmEventCode()));
        return version();
    }

    @CommandHandler
    long handle(ChangeActivityStatusCommand command) {
        requireOpenCycle();
        requireOpenActivity(command.activityId());
        if (activities.get(command.activityId()) != command.status()) {
            apply(new ActivityStatusChangedEvent(itppId, command.activityId(), command.status()));
        }
        return version();
    }

    @CommandHandler
    long handle(ReportMilestoneProgressCommand command) {
        if (status != ItppStatus.APPROVED) {
            throw new NotYetApproved();
        }
        if (!milestones.getOrDefault(command.goalId(), Set.of()).contains(command.milestoneId())) {
            throw new UnknownMilestone(command.milestoneId());
        }
        Require.text("evidence", command.evidence());
        apply(new MilestoneProgressReportedEvent(
                itppId,
                command.goalId(),
                command.milestoneId(),
                command.progress(),
                command.reportedOn(),
                command.evidence().strip()));
        return version();
    }

    /** The payload of the silence deadline: which circulation it ends. */
    record SilenceEnds(Instant at) {}

    /** The payload of the cycle calendar's deadlines. */
    record CycleYear(int cycleYear) {}

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
        Set<UUID> ids = new HashSet<>();
        event.milestones().forEach(milestone -> ids.add(milestone.milestoneId()));
        milestones.put(event.goalId(), ids);
    }

    @EventSourcingHandler
    void on(PartnershipGoalWithdrawnEvent event) {
        goals.remove(event.goalId());
        milestones.remove(event.goalId());
    }

    @EventSourcingHandler
    void on(ActivityPlannedEvent event) {
        activities.put(event.activityId(), ActivityStatus.PLANNED);
    }

    @EventSourcingHandler
    void on(ActivityStatusChangedEvent event) {
        activities.put(event.activityId(), event.status());
    }

    @EventSourcingHandler
    void on(ItppCycleEndedEvent event) {
        cycleEnded = true;
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
        calendarStarted = true;
        cycleYear = Math.max(cycleYear, 1);
    }

    @EventSourcingHandler
    void on(ItppCycleYearBeganEvent event) {
        cycleYear = event.cycleYear();
    }

    @EventSourcingHandler
    void on(AmendmentOpenedEvent event) {
        status = ItppStatus.AMENDING;
        amendment = event.amendment();
        partnerAgreed = false;
    }

    private void returnToDraft() {
        status = amendment > 0 ? ItppStatus.AMENDING : ItppStatus.DRAFT;
        partnerAgreed = false;
        silenceEnds = null;
    }

    private void requireDraft() {
        if (status == ItppStatus.APPROVED) {
            throw new ItppFrozen();
        }
        if (status != ItppStatus.DRAFT && status != ItppStatus.AMENDING) {
            throw new ItppNotInDraft();
        }
    }

    private void requireOpenCycle() {
        if (cycleEnded) {
            throw new CycleEnded();
        }
    }

    private void requireOpenActivity(UUID activityId) {
        ActivityStatus current = activities.get(activityId);
        if (current == null) {
            throw new UnknownActivity(activityId);
        }
        if (current == ActivityStatus.DONE || current == ActivityStatus.CANCELLED) {
            throw new ActivityClosed();
        }
    }

    /** Activities are traceable to current goals and planned inside the cycle. */
    private void checkActivity(String title, List<UUID> goalIds, LocalDate from, LocalDate until, ActivityLead lead) {
        Require.text("title", title);
        if (goalIds == null || goalIds.isEmpty()) {
            throw new InvalidCommand("goalIds", "An activity supports at least one partnership goal");
        }
        for (UUID goalId : goalIds) {
            if (!goals.containsKey(goalId)) {
                throw new UnknownGoal(goalId);
            }
        }
        if (lead == null || lead.kind() == null) {
            throw new InvalidCommand("lead", "An activity has a lead: a NATO body, an Ally or the partner");
        }
        if (from == null || until == null || until.isBefore(from)) {
            throw new InvalidCommand("plannedUntil", "An activity's planned period ends on or after it starts");
        }
        if (from.getYear() < cycleStartYear || until.getYear() >= cycleStartYear + CYCLE_YEARS) {
            throw new InvalidCommand(
                    "plannedFrom",
                    "The planned period lies outside the cycle " + cycleStartYear + "-"
                            + (cycleStartYear + CYCLE_YEARS - 1));
        }
    }

    private static Instant newYear(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
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
