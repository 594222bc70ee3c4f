package org.oneplan.partner.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.NacDecision;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PredecessorProgramme;
import org.oneplan.contracts.partner.Programme;

/**
 * The commands of the partner context. {@code expectedVersion} is the version the caller read (its
 * {@code If-Match}); {@code null} means "whatever the current version is".
 */
public final class PartnerCommands {

    private PartnerCommands() {}

    public record RegisterPartnerCommand(
            @TargetAggregateIdentifier UUID partnerId,
            String code,
            String name,
            PartnerKind kind,
            Set<Framework> frameworks,
            boolean membershipActionPlan,
            LocalDate registeredOn) {}

    public record UpdatePartnerDetailsCommand(
            @TargetAggregateIdentifier UUID partnerId,
            @TargetAggregateVersion Long expectedVersion,
            String name,
            boolean membershipActionPlan) {}

    public record JoinFrameworkCommand(
            @TargetAggregateIdentifier UUID partnerId,
            @TargetAggregateVersion Long expectedVersion,
            Framework framework,
            LocalDate joinedOn) {}

    public record LeaveFrameworkCommand(
            @TargetAggregateIdentifier UUID partnerId,
            @TargetAggregateVersion Long expectedVersion,
            Framework framework,
            LocalDate leftOn) {}

    public record SuspendPartnerCommand(
            @TargetAggregateIdentifier UUID partnerId,
            @TargetAggregateVersion Long expectedVersion,
            String reason,
            LocalDate suspendedOn) {}

    public record ReinstatePartnerCommand(
            @TargetAggregateIdentifier UUID partnerId,
            @TargetAggregateVersion Long expectedVersion,
            String reason,
            LocalDate reinstatedOn) {}

    public record EnrolInProgrammeCommand(
            @TargetAggregateIdentifier UUID partnerId,
            @TargetAggregateVersion Long expectedVersion,
            Programme programme,
            LocalDate enrolledOn,
            NacDecision nacDecision) {}

    public record LeaveProgrammeCommand(
            @TargetAggregateIdentifier UUID partnerId,
            @TargetAggregateVersion Long expectedVersion,
            Programme programme,
            LocalDate leftOn) {}

    public record RecordPredecessorProgrammeCommand(
            @TargetAggregateIdentifier UUID partnerId,
            @TargetAggregateVersion Long expectedVersion,
            PredecessorProgramme programme,
            LocalDate from,
            LocalDate until) {}

    public record AdmitAllyCommand(
            @TargetAggregateIdentifier UUID allyId, String code, String name, LocalDate accessionDate) {}
}
