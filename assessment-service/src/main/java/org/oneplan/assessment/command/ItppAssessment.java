package org.oneplan.assessment.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.HashMap;
import java.util.Map;
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
import org.oneplan.assessment.api.AssessmentCommands.RateObjectiveCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecommendNextCycleCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecordIndicatorActualCommand;
import org.oneplan.assessment.api.AssessmentCommands.RecordPartnerCommentCommand;
import org.oneplan.assessment.api.AssessmentCommands.SubmitAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.WriteRecommendationsCommand;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.assessment.command.AssessmentRefusals.AssessmentFrozen;
import org.oneplan.assessment.command.AssessmentRefusals.IndicatorNotOfGoal;
import org.oneplan.assessment.command.AssessmentRefusals.NextCycleNotRecommended;
import org.oneplan.assessment.command.AssessmentRefusals.NotEndOfCycle;
import org.oneplan.assessment.command.AssessmentRefusals.NotYetApproved;
import org.oneplan.assessment.command.AssessmentRefusals.PartnerNotYetConsulted;
import org.oneplan.assessment.command.AssessmentRefusals.RecommendationsMissing;
import org.oneplan.assessment.command.AssessmentRefusals.UnknownItpp;
import org.oneplan.contracts.assessment.AssessmentEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRatedEvent;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.assessment.IndicatorActualRecordedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpening;
import org.oneplan.contracts.assessment.ItppAssessmentRevisionOpenedEvent;
import org.oneplan.contracts.assessment.NextCycleRecommendedEvent;
import org.oneplan.contracts.assessment.ObjectiveBaseline;
import org.oneplan.contracts.assessment.ObjectiveRatedEvent;
import org.oneplan.contracts.assessment.PartnerCommentRecordedEvent;
import org.oneplan.contracts.assessment.RecommendationsWrittenEvent;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * One assessment of an ITPP's cycle: the mid-term (output 4) or the end-of-cycle (output 5). While it is a
 * draft, staff rate each goal of its baseline (and, at the end of the cycle, each strategic objective), write
 * recommendations and, at the end of the cycle, recommend the next cycle; the partner, consulted from its submission on, comments;
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
    private AssessmentBaseline baseline;
    private Ratings goalRatings;
    private Ratings objectiveRatings;
    private String recommendations;
    private NextCycleRecommendedEvent nextCycle;
    private Map<UUID, IndicatorActualRecordedEvent> actuals;
    private boolean partnerConsulted;
    private ConsensusApproval approval;

    ItppAssessment() {
        // Axon rebuilds assessments from their events.
    }

    /** Opened by a reaction, which passes what its own view of the ITPP says at that point of the topic. */
    @CommandHandler
    ItppAssessment(OpenItppAssessmentCommand command) {
        open(ItppAssessmentOpenings.opening(command));
    }

    /** Opened by staff: pre-filled from the ITPP as this service knows it now. */
    @CommandHandler
    ItppAssessment(OpenItppAssessmentByHandCommand command, KnownItpps itpps) {
        KnownItpps.KnownItpp itpp = itpps.find(command.itppId()).orElseThrow(() -> new UnknownItpp(command.itppId()));
        open(ItppAssessmentOpenings.opening(command, itpp));
    }

    /** A correction of an approved assessment: see {@link AssessmentRevisions}. */
    ItppAssessment(ItppAssessmentRevisionOpenedEvent revision) {
        open(revision);
    }

    /** The opening of this approved assessment's next revision. */
    ItppAssessmentRevisionOpenedEvent nextRevision() {
        if (!approval.isApproved()) {
            throw new NotYetApproved();
        }
        return baseline.nextRevision(header);
    }

    private static void open(ItppAssessmentOpening opened) {
        AssessmentHeader.of(opened).marking().apply(opened);
    }

    @CommandHandler
    long handle(RateGoalCommand command) {
        approval.requireDrafting();
        goalRatings.requireAssessed(command.goalId());
        Ratings.Rated rated = rating("goal", command.rating(), command.justification());
        return goalRatings.isCurrent(command.goalId(), rated)
                ? version()
                : record(new GoalRatedEvent(assessmentId, command.goalId(), rated.rating(), rated.justification()));
    }

    /** The end-of-cycle assessment rates every strategic objective over the whole cycle, too. */
    @CommandHandler
    long handle(RateObjectiveCommand command) {
        approval.requireDrafting();
        objectiveRatings.requireAssessed(command.objectiveId());
        Ratings.Rated rated = rating("objective", command.rating(), command.justification());
        return objectiveRatings.isCurrent(command.objectiveId(), rated)
                ? version()
                : record(new ObjectiveRatedEvent(
                        assessmentId, command.objectiveId(), rated.rating(), rated.justification()));
    }

    private static Ratings.Rated rating(String what, GoalRating rating, String justification) {
        if (rating == null) {
            throw new InvalidCommand("rating", "Rate the " + what + " with one of the ratings");
        }
        Require.text("justification", justification);
        return new Ratings.Rated(rating, justification.strip());
    }

    /** The actual value of one of a goal's indicators over the assessment's period, as the results framework reports it. */
    @CommandHandler
    long handle(RecordIndicatorActualCommand command, KnownItpps itpps) {
        approval.requireDrafting();
        goalRatings.requireAssessed(command.goalId());
        Indicator indicator = itpps.find(header.itppId())
                .flatMap(itpp -> itpp.indicator(command.goalId(), command.indicatorId()))
                .orElseThrow(() -> new IndicatorNotOfGoal(command.goalId(), command.indicatorId()));
        IndicatorActualRecordedEvent actual = IndicatorActuals.of(assessmentId, indicator, command);
        return actual.equals(actuals.get(command.indicatorId())) ? version() : record(actual);
    }

    /** Replaces the recommendation for the next cycle; the goals carried over must be goals it assesses. */
    @CommandHandler
    long handle(RecommendNextCycleCommand command) {
        approval.requireDrafting();
        if (header.kind() != AssessmentKind.END_OF_CYCLE) {
            throw new NotEndOfCycle();
        }
        NextCycleRecommendedEvent recommended = NextCycleRecommendation.of(assessmentId, command);
        recommended.carryOverGoalIds().forEach(goalRatings::requireAssessed);
        return recommended.equals(nextCycle) ? version() : record(recommended);
    }

    @CommandHandler
    long handle(WriteRecommendationsCommand command) {
        approval.requireDrafting();
        Require.text("text", command.text());
        String text = command.text().strip();
        return text.equals(recommendations) ? version() : record(new RecommendationsWrittenEvent(assessmentId, text));
    }

    /** Everything rated, and a mid-term names its recommended updates to output 3: then it goes to the Allies. */
    @CommandHandler
    long handle(SubmitAssessmentCommand command) {
        approval.requireDrafting();
        objectiveRatings.requireAllRated();
        goalRatings.requireAllRated();
        if (header.kind() == AssessmentKind.MID_TERM && recommendations == null) {
            throw new RecommendationsMissing();
        }
        if (header.kind() == AssessmentKind.END_OF_CYCLE && nextCycle == null) {
            throw new NextCycleNotRecommended();
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
        opened(event);
    }

    @EventSourcingHandler
    void on(EndOfCycleAssessmentOpenedEvent event) {
        opened(event);
    }

    @EventSourcingHandler
    void on(ItppAssessmentRevisionOpenedEvent event) {
        opened(event);
    }

    private void opened(ItppAssessmentOpening event) {
        assessmentId = event.assessmentId();
        header = AssessmentHeader.of(event);
        baseline = AssessmentBaseline.of(event);
        goalRatings = Ratings.of(Ratings.Subject.GOAL, event.goals(), GoalBaseline::goalId, GoalBaseline::title);
        objectiveRatings = Ratings.of(
                Ratings.Subject.OBJECTIVE,
                event.objectives(),
                ObjectiveBaseline::objectiveId,
                ObjectiveBaseline::title);
        actuals = Map.of();
        approval = AssessmentApproval.start();
    }

    @EventSourcingHandler
    void on(AssessmentEvent event) {
        if (event instanceof GoalRatedEvent rated) {
            goalRatings = goalRatings.after(rated.goalId(), new Ratings.Rated(rated.rating(), rated.justification()));
        }
        if (event instanceof ObjectiveRatedEvent rated) {
            objectiveRatings = objectiveRatings.after(
                    rated.objectiveId(), new Ratings.Rated(rated.rating(), rated.justification()));
        }
        if (event instanceof RecommendationsWrittenEvent written) {
            recommendations = written.text();
        }
        if (event instanceof NextCycleRecommendedEvent recommended) {
            nextCycle = recommended;
        }
        if (event instanceof IndicatorActualRecordedEvent actual) {
            Map<UUID, IndicatorActualRecordedEvent> more = new HashMap<>(actuals);
            more.put(actual.indicatorId(), actual);
            actuals = Map.copyOf(more);
        }
        if (event instanceof AssessmentSubmittedEvent) {
            partnerConsulted = true;
        }
        approval = AssessmentApproval.after(approval, event);
    }

    private AssessmentApproval approvalEvents() {
        return new AssessmentApproval(header, recommendations, nextCycle);
    }

    private long record(AssessmentEvent event) {
        header.marking().apply(event);
        return version();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
