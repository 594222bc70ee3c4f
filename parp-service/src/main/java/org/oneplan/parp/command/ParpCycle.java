package org.oneplan.parp.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.contracts.parp.ParpGoalAgreedEvent;
import org.oneplan.contracts.parp.ParpGoalChangeRequestedEvent;
import org.oneplan.contracts.parp.ParpGoalDeclinedEvent;
import org.oneplan.contracts.parp.ParpGoalDraftedEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpGoalRevisedEvent;
import org.oneplan.contracts.parp.ParpGoalWithdrawnEvent;
import org.oneplan.contracts.parp.ParpSurveyIssuedEvent;
import org.oneplan.contracts.parp.SurveyAnswerSavedEvent;
import org.oneplan.contracts.parp.SurveyClarificationRequestedEvent;
import org.oneplan.contracts.parp.SurveySubmittedEvent;
import org.oneplan.parp.api.ParpCommands.AgreeParpPackageCommand;
import org.oneplan.parp.api.ParpCommands.AnswerParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.BreakParpSilenceCommand;
import org.oneplan.parp.api.ParpCommands.CirculateParpPackageCommand;
import org.oneplan.parp.api.ParpCommands.DraftParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.GoalAnswer;
import org.oneplan.parp.api.ParpCommands.IssueSurveyCommand;
import org.oneplan.parp.api.ParpCommands.OpenParpCycleCommand;
import org.oneplan.parp.api.ParpCommands.RecordGoalProgressCommand;
import org.oneplan.parp.api.ParpCommands.RequestClarificationCommand;
import org.oneplan.parp.api.ParpCommands.ReviseParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.SaveSurveyAnswerCommand;
import org.oneplan.parp.api.ParpCommands.SubmitParpPackageCommand;
import org.oneplan.parp.api.ParpCommands.SubmitSurveyCommand;
import org.oneplan.parp.api.ParpCommands.WithdrawParpGoalCommand;
import org.oneplan.parp.command.ParpRefusals.PackageNotAgreedByPartner;
import org.oneplan.parp.command.ParpRefusals.PackageNotApproved;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;
import org.oneplan.platform.partners.KnownPartners;

/**
 * One partner's two-year PARP cycle: the survey the partner answers ({@link ParpSurvey}), the package of
 * partnership goals negotiated goal by goal ({@link GoalPackage}), its approval by consensus co-owned by the
 * partner ({@link ConsensusApproval}), and the progress recorded on the approved goals.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ParpCycle {

    @AggregateIdentifier
    private UUID parpCycleId;

    private ParpCycleHeader header;
    private ParpSurvey survey;
    private GoalPackage goals;
    private ConsensusApproval approval;

    ParpCycle() {
        // Axon rebuilds cycles from their events.
    }

    @CommandHandler
    ParpCycle(OpenParpCycleCommand command, KnownPartners partners, ParpCalendar calendar) {
        String code = EnrolmentPolicy.enrolledPartner(partners, command.partnerId(), command.startYear());
        calendar.requirePlace(command.partnerId(), command.startYear(), command.itppId());
        new ParpCycleHeader(command.parpCycleId(), command.partnerId(), code, command.startYear(), command.itppId())
                .marking()
                .apply(new ParpCycleOpenedEvent(
                        command.parpCycleId(), command.partnerId(), code, command.startYear(), command.itppId()));
    }

    @CommandHandler
    long handle(IssueSurveyCommand command) {
        survey.requireIssuable();
        // A survey issued late in the cycle may be due early in the year after it, not later.
        if (command.dueDate().isBefore(command.today()) || command.dueDate().getYear() > header.startYear() + 2) {
            throw new InvalidCommand(
                    "dueDate", "The survey is due by the end of the year after the cycle, and not in the past");
        }
        return record(new ParpSurveyIssuedEvent(parpCycleId, command.questionsOfTheCycle(), command.dueDate()));
    }

    @CommandHandler
    long handle(SaveSurveyAnswerCommand command) {
        header.requireThisPartner(command.partnerCode());
        survey.requireAnswerable(command.section());
        Require.text("answer", command.answer());
        return record(new SurveyAnswerSavedEvent(
                parpCycleId, command.section(), command.answer().strip()));
    }

    @CommandHandler
    long handle(SubmitSurveyCommand command) {
        header.requireThisPartner(command.partnerCode());
        survey.requireSubmittable();
        return record(new SurveySubmittedEvent(parpCycleId));
    }

    @CommandHandler
    long handle(RequestClarificationCommand command) {
        survey.requireClarifiable(command.section());
        Require.text("question", command.question());
        return record(new SurveyClarificationRequestedEvent(
                parpCycleId, command.section(), command.question().strip()));
    }

    @CommandHandler
    long handle(DraftParpGoalCommand command) {
        requireNegotiating();
        goals.requireAcceptable(command.goalId(), command.terms());
        return record(new ParpGoalDraftedEvent(parpCycleId, command.goalId(), command.terms()));
    }

    @CommandHandler
    long handle(ReviseParpGoalCommand command) {
        requireNegotiating();
        GoalPackage.Goal goal = goals.goal(command.goalId());
        goals.requireAcceptable(command.goalId(), command.terms());
        if (goal.terms().equals(command.terms())) {
            return version(); // the same terms again: no new revision, the partner's answer stands
        }
        return record(new ParpGoalRevisedEvent(parpCycleId, command.goalId(), goal.revision() + 1, command.terms()));
    }

    @CommandHandler
    long handle(WithdrawParpGoalCommand command) {
        requireNegotiating();
        goals.goal(command.goalId());
        Require.text("reason", command.reason());
        return record(new ParpGoalWithdrawnEvent(
                parpCycleId, command.goalId(), command.reason().strip()));
    }

    @CommandHandler
    long handle(AnswerParpGoalCommand command) {
        header.requireThisPartner(command.partnerCode());
        requireNegotiating();
        GoalPackage.Goal goal = goals.goal(command.goalId());
        int revision = goal.revision();
        if (command.answer() == GoalAnswer.AGREE) {
            // Agreeing again to what is agreed changes nothing and stores nothing.
            return goal.answer() == GoalPackage.Answer.AGREED
                    ? version()
                    : record(new ParpGoalAgreedEvent(parpCycleId, command.goalId(), revision));
        }
        Require.text("text", command.text());
        String text = command.text().strip();
        return record(
                command.answer() == GoalAnswer.REQUEST_CHANGE
                        ? new ParpGoalChangeRequestedEvent(parpCycleId, command.goalId(), revision, text)
                        : new ParpGoalDeclinedEvent(parpCycleId, command.goalId(), revision, text));
    }

    @CommandHandler
    long handle(SubmitParpPackageCommand command) {
        requireNegotiating();
        goals.requireSubmittable();
        approval.submit(approvalEvents());
        return version();
    }

    @CommandHandler
    long handle(AgreeParpPackageCommand command) {
        approval.recordPartnerAgreement(command.partnerCode(), approvalEvents());
        return version();
    }

    /** When the partner has agreed the whole package, it goes to the Allies under silence. */
    @CommandHandler
    long handle(CirculateParpPackageCommand command, DeadlineManager deadlines) {
        if (approval.stage() == ConsensusApproval.Stage.SUBMITTED && !approval.coOwnerAgreed()) {
            throw new PackageNotAgreedByPartner();
        }
        approval.circulate(command.silenceEnds(), command.allies(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @CommandHandler
    long handle(BreakParpSilenceCommand command, DeadlineManager deadlines) {
        approval.breakSilence(command.allyNation(), command.reason(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @DeadlineHandler(deadlineName = SilenceDeadline.NAME)
    void silenceEnds(SilenceDeadline deadline) {
        approval.silenceEnded(deadline, approvalEvents());
    }

    @CommandHandler
    long handle(RecordGoalProgressCommand command) {
        if (!approval.isApproved()) {
            throw new PackageNotApproved();
        }
        goals.goal(command.goalId());
        Require.text("evidence", command.evidence());
        if (command.recordedOn().isAfter(command.today())
                || command.recordedOn().getYear() < header.startYear()) {
            throw new InvalidCommand("recordedOn", "Progress is recorded as of a day of the cycle, not in the future");
        }
        return record(new ParpGoalProgressRecordedEvent(
                parpCycleId,
                command.goalId(),
                command.status(),
                command.evidence().strip(),
                command.recordedOn()));
    }

    @EventSourcingHandler
    void on(ParpCycleOpenedEvent event) {
        parpCycleId = event.parpCycleId();
        header = ParpCycleHeader.of(event);
        survey = ParpSurvey.notIssued();
        goals = GoalPackage.empty(event.startYear());
        approval = ParpApproval.start(event.partnerCode());
    }

    @EventSourcingHandler
    void on(ParpEvent event) {
        survey = survey.after(event);
        goals = goals.after(event);
        approval = ParpApproval.after(approval, event);
    }

    /** Goals change only while the package is negotiated: not on its way to approval, not once approved. */
    private void requireNegotiating() {
        approval.requireDrafting();
    }

    private ParpApproval approvalEvents() {
        return new ParpApproval(header, goals.approvedGoals());
    }

    private long record(ParpEvent event) {
        header.marking().apply(event);
        return version();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
