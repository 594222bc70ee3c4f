package org.oneplan.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.InstitutionKind;
import org.oneplan.contracts.catalogue.Iteration;

/**
 * The commands of the catalogue context. {@code expectedVersion} is the caller's {@code If-Match}; times
 * ({@code at}) come from the service's clock. {@code actorNation} is null for NATO staff, who act for every
 * contribution; an Ally or partner acts only for its own nation's.
 */
public final class CatalogueCommands {

    private CatalogueCommands() {}

    public record DefineDisciplineCommand(
            @TargetAggregateIdentifier UUID disciplineId, String code, String name, boolean active) {}

    public record ChangeDisciplineCommand(
            @TargetAggregateIdentifier UUID disciplineId,
            @TargetAggregateVersion Long expectedVersion,
            String name,
            boolean active) {}

    public record RegisterInstitutionCommand(
            @TargetAggregateIdentifier UUID institutionId, String name, InstitutionKind kind, String nation) {}

    public record ChangeInstitutionCommand(
            @TargetAggregateIdentifier UUID institutionId,
            @TargetAggregateVersion Long expectedVersion,
            String name,
            InstitutionKind kind,
            String nation) {}

    public record SubmitContributionCommand(
            @TargetAggregateIdentifier UUID contributionId,
            int year,
            String offeringNation,
            EventOffer offer,
            List<Iteration> iterations) {}

    public record ApproveContributionCommand(
            @TargetAggregateIdentifier UUID contributionId,
            @TargetAggregateVersion Long expectedVersion,
            Instant at) {}

    public record DeclineContributionCommand(
            @TargetAggregateIdentifier UUID contributionId,
            @TargetAggregateVersion Long expectedVersion,
            String reason) {}

    public record ReviseContributionCommand(
            @TargetAggregateIdentifier UUID contributionId,
            @TargetAggregateVersion Long expectedVersion,
            String actorNation,
            EventOffer offer) {}

    public record AddIterationCommand(
            @TargetAggregateIdentifier UUID contributionId,
            @TargetAggregateVersion Long expectedVersion,
            String actorNation,
            Iteration iteration) {}

    public record CancelContributionCommand(
            @TargetAggregateIdentifier UUID contributionId,
            @TargetAggregateVersion Long expectedVersion,
            String actorNation,
            String reason) {}

    /** Puts the year's catalogue, with the events approved for it now, on its way to the Allies. */
    public record SubmitCatalogueCommand(
            @TargetAggregateIdentifier UUID catalogueId, int year) {}

    public record CirculateCatalogueCommand(
            @TargetAggregateIdentifier UUID catalogueId,
            @TargetAggregateVersion Long expectedVersion,
            Instant silenceEnds,
            List<String> allies,
            Instant at) {}

    public record BreakCatalogueSilenceCommand(
            @TargetAggregateIdentifier UUID catalogueId, String allyNation, String reason, Instant at) {}
}
