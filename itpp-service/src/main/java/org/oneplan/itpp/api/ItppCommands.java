package org.oneplan.itpp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgress;

/**
 * The commands of the ITPP context. {@code expectedVersion} is the caller's {@code If-Match}; {@code null}
 * means "the current version". Times ({@code at}) come from the service's clock, never from the aggregate.
 */
public final class ItppCommands {

    private ItppCommands() {}

    public record DraftItppCommand(
            @TargetAggregateIdentifier UUID itppId, UUID partnerId, int cycleStartYear) {}

    public record AddObjectiveCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID objectiveId,
            String title,
            String description,
            String intendedOutcome) {}

    public record ReviseObjectiveCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID objectiveId,
            String title,
            String description,
            String intendedOutcome) {}

    public record WithdrawObjectiveCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID objectiveId) {}

    public record AddGoalCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            String title,
            String expectedOutcome,
            String rationale,
            List<UUID> objectiveIds,
            List<Milestone> milestones,
            List<Indicator> indicators) {}

    public record WithdrawGoalCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId) {}

    public record SubmitItppCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion) {}

    /** @param partnerCode the nation of the partner delegation that agrees */
    public record RecordPartnerAgreementCommand(
            @TargetAggregateIdentifier UUID itppId, String partnerCode) {}

    /**
     * @param allies the Allies on the roster on the day of circulation
     * @param at now, by the service's clock
     */
    public record CirculateItppCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            Instant silenceEnds,
            List<String> allies,
            Instant at) {}

    /** @param at now, by the service's clock */
    public record BreakSilenceCommand(
            @TargetAggregateIdentifier UUID itppId, String allyNation, String reason, Instant at) {}

    public record PlanActivityCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID activityId,
            String title,
            ActivityType type,
            List<UUID> goalIds,
            LocalDate plannedFrom,
            LocalDate plannedUntil,
            ActivityLead lead,
            String pcmEventCode) {}

    public record ReviseActivityCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID activityId,
            String title,
            ActivityType type,
            List<UUID> goalIds,
            LocalDate plannedFrom,
            LocalDate plannedUntil,
            ActivityLead lead,
            String pcmEventCode) {}

    public record ChangeActivityStatusCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID activityId,
            ActivityStatus status) {}

    public record ReportMilestoneProgressCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            UUID milestoneId,
            MilestoneProgress progress,
            LocalDate reportedOn,
            String evidence) {}

    public record OpenAmendmentCommand(
            @TargetAggregateIdentifier UUID itppId,
            @TargetAggregateVersion Long expectedVersion,
            String reason) {}

    /**
     * Drafts the next cycle's ITPP, carrying over the chosen goals of the previous one and the objectives
     * they serve (without their milestones, which belonged to the old cycle).
     */
    public record DraftNextCycleCommand(
            @TargetAggregateIdentifier UUID itppId,
            UUID partnerId,
            int cycleStartYear,
            UUID previousItppId,
            List<CarriedObjective> objectives,
            List<CarriedGoal> goals,
            Recommended recommended) {}

    /**
     * What an approved end-of-cycle assessment recommends the next cycle's drafters beyond the goals carried
     * over ({@code text} may be {@code null}).
     */
    public record Recommended(UUID assessmentId, String text, List<String> newObjectives, List<String> newGoals) {}

    /**
     * Drafts the next cycle's ITPP from an approved end-of-cycle assessment of {@code previousItppId}: the goals
     * it names that are still current are carried over, and its recommendation goes with the draft.
     */
    public record RenewFromAssessmentCommand(UUID previousItppId, List<UUID> goalIds, Recommended recommended) {}

    /**
     * Drafts the next cycle's ITPP for the same partner from {@code previousItppId}, carrying over the goals
     * named in {@code goalIds}; the write side decides what that means (see {@link DraftNextCycleCommand}).
     * Answered with {@link Renewed}.
     */
    public record RenewItppCommand(UUID previousItppId, List<UUID> goalIds) {}

    /** The next cycle's ITPP and its version after the renewal. */
    public record Renewed(UUID itppId, long version) {}

    public record CarriedObjective(UUID objectiveId, String title, String description, String intendedOutcome) {}

    public record CarriedGoal(
            UUID previousGoalId,
            UUID goalId,
            String title,
            String expectedOutcome,
            String rationale,
            List<UUID> objectiveIds,
            List<Indicator> indicators) {}
}
