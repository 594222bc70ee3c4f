package org.oneplan.assessment.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.assessment.api.KnownParpCycles;
import org.oneplan.assessment.api.KnownParpCycles.KnownParpCycle;
import org.oneplan.assessment.api.ParpAssessmentCommands.AssessParpGoalCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.BreakParpAssessmentSilenceCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.CirculateParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.CommentParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.OpenParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.OpenParpAssessmentRevisionCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.SubmitParpAssessmentCommand;
import org.oneplan.assessment.api.ParpAssessmentCommands.WriteParpOverallCommand;
import org.oneplan.assessment.command.AssessmentRefusals.AssessmentFrozen;
import org.oneplan.assessment.command.AssessmentRefusals.NotThisPartner;
import org.oneplan.assessment.command.AssessmentRefusals.PartnerNotYetConsulted;
import org.oneplan.assessment.command.ParpAssessmentRefusals.CorrectedNotApproved;
import org.oneplan.assessment.command.ParpAssessmentRefusals.OverallMissing;
import org.oneplan.assessment.command.ParpAssessmentRefusals.PackageNotApproved;
import org.oneplan.assessment.command.ParpAssessmentRefusals.ReviewYearOutsideCycle;
import org.oneplan.assessment.command.ParpAssessmentRefusals.UnknownParpCycle;
import org.oneplan.contracts.assessment.ParpAssessmentCommentedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentEvent;
import org.oneplan.contracts.assessment.ParpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.ParpGoalAssessedEvent;
import org.oneplan.contracts.assessment.ParpOverallAssessmentWrittenEvent;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * NATO staff's assessment of a PARP cycle in a review year: per approved PARP goal its implementation status
 * and a rating, and an overall assessment. Consulted partner, Allies' silence, frozen once approved; a
 * correction is the next revision, a new assessment approved again.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ParpAssessment {

    @AggregateIdentifier
    private UUID assessmentId;

    private ParpAssessmentOpenedEvent header;
    private ParpGoalAssessments goals;
    private String overall;
    private boolean partnerConsulted;
    private ConsensusApproval approval;

    ParpAssessment() {
        // Axon rebuilds assessments from their events.
    }

    @CommandHandler
    ParpAssessment(OpenParpAssessmentCommand command, KnownParpCycles cycles) {
        KnownParpCycle cycle = assessable(cycles, command.parpCycleId(), command.reviewYear());
        open(opening(command.assessmentId(), cycle, command.reviewYear(), 1, null));
    }

    /** A correction starts from the approved text: each goal still approved keeps its assessment. */
    @CommandHandler
    ParpAssessment(OpenParpAssessmentRevisionCommand command, KnownParpCycles cycles) {
        if (!command.correctedIsApproved()) {
            throw new CorrectedNotApproved();
        }
        KnownParpCycle cycle = assessable(cycles, command.parpCycleId(), command.reviewYear());
        ParpAssessmentOpenedEvent opened =
                opening(command.assessmentId(), cycle, command.reviewYear(), command.revision(), command.corrects());
        open(opened);
        ParpGoalAssessments baseline = ParpGoalAssessments.of(opened.goals());
        List<ParpAssessmentEvent> carried = new ArrayList<>();
        command.goals().stream()
                .filter(goal -> baseline.includes(goal.goalId()))
                .forEach(goal -> carried.add(new ParpGoalAssessedEvent(
                        opened.assessmentId(), goal.goalId(), goal.status(), goal.rating(), goal.justification())));
        if (command.overall() != null) {
            carried.add(new ParpOverallAssessmentWrittenEvent(opened.assessmentId(), command.overall()));
        }
        carried.forEach(event -> ParpAssessmentApproval.markingOf(opened).apply(event));
    }

    private static KnownParpCycle assessable(KnownParpCycles cycles, UUID parpCycleId, int reviewYear) {
        KnownParpCycle cycle = cycles.find(parpCycleId).orElseThrow(() -> new UnknownParpCycle(parpCycleId));
        if (reviewYear != cycle.startYear() && reviewYear != cycle.startYear() + 1) {
            throw new ReviewYearOutsideCycle(reviewYear, cycle.startYear());
        }
        if (cycle.goals().isEmpty()) {
            throw new PackageNotApproved();
        }
        return cycle;
    }

    private static ParpAssessmentOpenedEvent opening(
            UUID assessmentId, KnownParpCycle cycle, int reviewYear, int revision, UUID corrects) {
        return new ParpAssessmentOpenedEvent(
                assessmentId,
                cycle.parpCycleId(),
                cycle.partnerId(),
                cycle.partnerCode(),
                cycle.itppId(),
                cycle.startYear(),
                reviewYear,
                revision,
                corrects,
                cycle.goals());
    }

    private static void open(ParpAssessmentOpenedEvent opened) {
        ParpAssessmentApproval.markingOf(opened).apply(opened);
    }

    @CommandHandler
    long handle(AssessParpGoalCommand command) {
        approval.requireDrafting();
        goals.requireAssessed(command.goalId());
        if (command.status() == null) {
            throw new InvalidCommand("status", "Name the goal's implementation status");
        }
        if (command.rating() == null) {
            throw new InvalidCommand("rating", "Rate the goal with one of the ratings");
        }
        Require.text("justification", command.justification());
        ParpGoalAssessedEvent assessed = new ParpGoalAssessedEvent(
                assessmentId,
                command.goalId(),
                command.status(),
                command.rating(),
                command.justification().strip());
        return goals.isCurrent(assessed) ? version() : record(assessed);
    }

    @CommandHandler
    long handle(WriteParpOverallCommand command) {
        approval.requireDrafting();
        Require.text("text", command.text());
        String text = command.text().strip();
        return text.equals(overall) ? version() : record(new ParpOverallAssessmentWrittenEvent(assessmentId, text));
    }

    @CommandHandler
    long handle(SubmitParpAssessmentCommand command) {
        approval.requireDrafting();
        goals.requireAllAssessed();
        if (overall == null) {
            throw new OverallMissing();
        }
        approval.submit(approvalEvents());
        return version();
    }

    @CommandHandler
    long handle(CommentParpAssessmentCommand command) {
        if (!header.partnerCode().equals(command.partnerCode())) {
            throw new NotThisPartner();
        }
        if (approval.isApproved()) {
            throw new AssessmentFrozen();
        }
        if (!partnerConsulted) {
            throw new PartnerNotYetConsulted();
        }
        Require.text("comment", command.comment());
        return record(new ParpAssessmentCommentedEvent(
                assessmentId, command.partnerCode(), command.comment().strip()));
    }

    @CommandHandler
    long handle(CirculateParpAssessmentCommand command, DeadlineManager deadlines) {
        approval.circulate(command.silenceEnds(), command.allies(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @CommandHandler
    long handle(BreakParpAssessmentSilenceCommand command, DeadlineManager deadlines) {
        approval.breakSilence(command.allyNation(), command.reason(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @DeadlineHandler(deadlineName = SilenceDeadline.NAME)
    void silenceEnds(SilenceDeadline deadline) {
        approval.silenceEnded(deadline, approvalEvents());
    }

    @EventSourcingHandler
    void on(ParpAssessmentOpenedEvent event) {
        assessmentId = event.assessmentId();
        header = event;
        goals = ParpGoalAssessments.of(event.goals());
        approval = ParpAssessmentApproval.start();
    }

    @EventSourcingHandler
    void on(ParpAssessmentEvent event) {
        if (event instanceof ParpGoalAssessedEvent assessed) {
            goals = goals.after(assessed);
        }
        if (event instanceof ParpOverallAssessmentWrittenEvent written) {
            overall = written.text();
        }
        if (event instanceof ParpAssessmentSubmittedEvent) {
            partnerConsulted = true;
        }
        approval = ParpAssessmentApproval.after(approval, event);
    }

    private ParpAssessmentApproval approvalEvents() {
        return new ParpAssessmentApproval(header);
    }

    private long record(ParpAssessmentEvent event) {
        ParpAssessmentApproval.markingOf(header).apply(event);
        return version();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
