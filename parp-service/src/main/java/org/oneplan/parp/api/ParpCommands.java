package org.oneplan.parp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpGoalTerms;
import org.oneplan.contracts.parp.SurveySection;

/**
 * The commands of the PARP context. {@code expectedVersion} is the caller's {@code If-Match}; {@code null}
 * means "the current version". Times and dates ({@code at}, {@code today}) come from the service's clock.
 */
public final class ParpCommands {

    private ParpCommands() {}

    /** @param itppId the ITPP whose cycle this PARP cycle sits in, or null when none is named */
    public record OpenParpCycleCommand(
            @TargetAggregateIdentifier UUID parpCycleId, UUID partnerId, int startYear, UUID itppId) {}

    public record IssueSurveyCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            List<String> questionsOfTheCycle,
            LocalDate dueDate,
            LocalDate today) {}

    public record SaveSurveyAnswerCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            String partnerCode,
            SurveySection section,
            String answer) {}

    public record SubmitSurveyCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            String partnerCode) {}

    public record RequestClarificationCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            SurveySection section,
            String question) {}

    public record DraftParpGoalCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            ParpGoalTerms terms) {}

    public record ReviseParpGoalCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            ParpGoalTerms terms) {}

    public record WithdrawParpGoalCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            String reason) {}

    /** The partner delegation's answer to one goal as it stands now. */
    public enum GoalAnswer {
        AGREE,
        REQUEST_CHANGE,
        DECLINE
    }

    /** @param text what to change (REQUEST_CHANGE) or why not (DECLINE); none needed to agree */
    public record AnswerParpGoalCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            String partnerCode,
            UUID goalId,
            GoalAnswer answer,
            String text) {}

    public record SubmitParpPackageCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion) {}

    public record AgreeParpPackageCommand(
            @TargetAggregateIdentifier UUID parpCycleId, String partnerCode) {}

    public record CirculateParpPackageCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            Instant silenceEnds,
            List<String> allies,
            Instant at) {}

    public record BreakParpSilenceCommand(
            @TargetAggregateIdentifier UUID parpCycleId, String allyNation, String reason, Instant at) {}

    public record RecordGoalProgressCommand(
            @TargetAggregateIdentifier UUID parpCycleId,
            @TargetAggregateVersion Long expectedVersion,
            UUID goalId,
            ImplementationStatus status,
            String evidence,
            LocalDate recordedOn,
            LocalDate today) {}
}
