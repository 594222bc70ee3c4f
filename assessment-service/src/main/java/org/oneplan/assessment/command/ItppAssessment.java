package org.oneplan.assessment.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.assessment.api.AssessmentCommands.BreakAssessmentSilenceCommand;
import org.oneplan.assessment.api.AssessmentCommands.CirculateAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentByHandCommand;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.RateGoalCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecordPartnerCommentCommand;
import org.oneplan.assessment.api.AssessmentCommands.SubmitAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.WriteRecommendationsCommand;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.assessment.command.AssessmentRefusals.AssessmentFrozen;
import org.oneplan.assessment.command.AssessmentRefusals.PartnerNotYetConsulted;
import org.oneplan.assessment.command.AssessmentRefusals.RecommendationsMissing;
import org.oneplan.assessment.command.AssessmentRefusals.UnknownItpp;
import org.oneplan.contracts.assessment.AssessmentEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.GoalRatedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.PartnerCommentRecordedEvent;
import org.oneplan.contracts.assessment.RecommendationsWrittenEvent;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * One assessment of an ITPP's cycle (output 4, the mid-term, today): staff rate each goal of its baseline
 * and write recommendations while it is a draft; the partner, consulted from its submission on, comments;
 * the Allies approve it by consensus under silence; once approved it is frozen.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ItppAssessment {

    @AggregateIdentifier
    private UUID assessmentId;

    private AssessmentHeader header;
    private GoalRatings ratings;
    private String recommendations;
    private boolean partnerConsulted;
    private ConsensusApproval approval;

    ItppAssessment() {
        // Axon rebuilds assessments from their events.
    }

    /** Opened by a reaction, which passes what its own view of the ITPP says at that point of the topic. */
    @CommandHandler
    ItppAssessment(OpenItppAssessmentCommand command) {
        open(new ItppAssessmentOpenedEvent(
                command.assessmentId(),
                command.kind(),
                command.itppId(),
                command.partnerId(),
                command.partnerCode(),
                command.cycleStartYear(),
                command.goals()));
    }

    /** Opened by staff: pre-filled from the ITPP as this service knows it now. */
    @CommandHandler
    ItppAssessment(OpenItppAssessmentByHandCommand command, KnownItpps itpps) {
        KnownItpps.KnownItpp itpp = itpps.find(command.itppId()).orElseThrow(() -> new UnknownItpp(command.itppId()));
        open(new ItppAssessmentOpenedEvent(
                command.assessmentId(),
                command.kind(),
                itpp.itppId(),
                itpp.partnerId(),
                itpp.partnerCode(),
                itpp.cycleStartYear(),
                itpp.goals()));
    }

    private static void open(ItppAssessmentOpenedEvent opened) {
        if (opened.kind() == null) {
            throw new InvalidCommand("kind", "Name the kind of assessment");
        }
        AssessmentHeader.of(opened).marking().apply(opened);
    }

    @CommandHandler
    long handle(RateGoalCommand command) {
        approval.requireDrafting();
        ratings.requireAssessed(command.goalId());
        if (command.rating() == null) {
            throw new InvalidCommand("rating", "Rate the goal with one of the ratings");
        }
        Require.text("justification", command.justification());
        GoalRatedEvent rated = new GoalRatedEvent(
                assessmentId,
                command.goalId(),
                command.rating(),
                command.justification().strip());
        return ratings.isCurrent(rated) ? version() : record(rated);
    }

    @CommandHandler
    long handle(WriteRecommendationsCommand command) {
        approval.requireDrafting();
        Require.text("text", command.text());
        String text = command.text().strip();
        return text.equals(recommendations) ? version() : record(new RecommendationsWrittenEvent(assessmentId, text));
    }

    /** Every goal rated, and a mid-term names its recommended updates to output 3: then it goes to the Allies. */
    @CommandHandler
    long handle(SubmitAssessmentCommand command) {
        approval.requireDrafting();
        ratings.requireAllRated();
        if (header.kind() == AssessmentKind.MID_TERM && recommendations == null) {
            throw new RecommendationsMissing();
        }
        approval.submit(approvalEvents());
        return version();
    }

    /** The partner comments on any text it has been consulted on, until the assessment is approved. */
    @CommandHandler
    long handle(RecordPartnerCommentCommand command) {
        header.requireThisPartner(command.partnerCode());
        if (approval.isApproved()) {
            throw new AssessmentFrozen();
        }
        if (!partnerConsulted) {
            throw new PartnerNotYetConsulted();
        }
        Require.text("comment", command.comment());
        return record(new PartnerCommentRecordedEvent(
                assessmentId, command.partnerCode(), command.comment().strip()));
    }

    @CommandHandler
    long handle(CirculateAssessmentCommand command, DeadlineManager deadlines) {
        approval.circulate(command.silenceEnds(), command.allies(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @CommandHandler
    long handle(BreakAssessmentSilenceCommand command, DeadlineManager deadlines) {
        approval.breakSilence(command.allyNation(), command.reason(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @DeadlineHandler(deadlineName = SilenceDeadline.NAME)
    void silenceEnds(SilenceDeadline deadline) {
        approval.silenceEnded(deadline, approvalEvents());
    }

    @EventSourcingHandler
    void on(ItppAssessmentOpenedEvent event) {
        assessmentId = event.assessmentId();
        header = AssessmentHeader.of(event);
        ratings = GoalRatings.of(event.goals());
        approval = AssessmentApproval.start();
    }

    @EventSourcingHandler
    void on(AssessmentEvent event) {
        if (event instanceof GoalRatedEvent rated) {
            ratings = ratings.after(rated);
        }
        if (event instanceof RecommendationsWrittenEvent written) {
            recommendations = written.text();
        }
        if (event instanceof AssessmentSubmittedEvent) {
            partnerConsulted = true;
        }
        approval = AssessmentApproval.after(approval, event);
    }

    private AssessmentApproval approvalEvents() {
        return new AssessmentApproval(header, recommendations);
    }

    private long record(AssessmentEvent event) {
        header.marking().apply(event);
        return version();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
