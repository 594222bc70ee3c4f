package org.oneplan.partner.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerDetailsUpdatedEvent;
import org.oneplan.contracts.partner.PartnerEnrolledInProgrammeEvent;
import org.oneplan.contracts.partner.PartnerJoinedFrameworkEvent;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerLeftFrameworkEvent;
import org.oneplan.contracts.partner.PartnerLeftProgrammeEvent;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerReinstatedEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.contracts.partner.PredecessorProgrammeRecordedEvent;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.contracts.shared.NationCode;
import org.oneplan.partner.api.PartnerCommands.EnrolInProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.JoinFrameworkCommand;
import org.oneplan.partner.api.PartnerCommands.LeaveFrameworkCommand;
import org.oneplan.partner.api.PartnerCommands.LeaveProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.RecordPredecessorProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.RegisterPartnerCommand;
import org.oneplan.partner.api.PartnerCommands.ReinstatePartnerCommand;
import org.oneplan.partner.api.PartnerCommands.SuspendPartnerCommand;
import org.oneplan.partner.api.PartnerCommands.UpdatePartnerDetailsCommand;
import org.oneplan.partner.command.PartnerRefusals.AlreadyEnrolled;
import org.oneplan.partner.command.PartnerRefusals.AlreadyInFramework;
import org.oneplan.partner.command.PartnerRefusals.AnpNeedsMembershipActionPlan;
import org.oneplan.partner.command.PartnerRefusals.CodeOfAnAlly;
import org.oneplan.partner.command.PartnerRefusals.NotEnrolled;
import org.oneplan.partner.command.PartnerRefusals.NotInFramework;
import org.oneplan.partner.command.PartnerRefusals.ParpNeedsCouncilDecision;
import org.oneplan.partner.command.PartnerRefusals.PartnerAlreadySuspended;
import org.oneplan.partner.command.PartnerRefusals.PartnerIsSuspended;
import org.oneplan.partner.command.PartnerRefusals.PartnerNotSuspended;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * A partner of the Alliance: a state or an organisation, its frameworks, status and programmes. Command
 * handlers return the aggregate's new version, which the REST layer hands out as the ETag.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Partner {

    private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z]{2,10}");

    @AggregateIdentifier
    private UUID partnerId;

    private String name;
    private boolean membershipActionPlan;
    private boolean suspended;
    private EnumSet<Framework> frameworks = EnumSet.noneOf(Framework.class);
    private EnumSet<Programme> programmes = EnumSet.noneOf(Programme.class);

    Partner() {
        // Axon rebuilds partners from their events.
    }

    @CommandHandler
    Partner(RegisterPartnerCommand command, AlliesOnRecord allies) {
        Require.text("name", command.name());
        if (command.kind() == PartnerKind.STATE && !NationCode.isValid(command.code())) {
            throw new InvalidCommand("code", "A state's code must be an ISO 3166-1 alpha-3 code, e.g. GEO");
        }
        if (command.kind() == PartnerKind.INTERNATIONAL_ORGANISATION
                && (command.code() == null
                        || !ORGANISATION_CODE.matcher(command.code()).matches())) {
            throw new InvalidCommand("code", "An organisation's code is 2 to 10 capital letters, e.g. UN");
        }
        // A nation that has joined the Alliance is no longer a partner; one that was a partner before its
        // accession (Finland, Sweden) may still have its partnership years recorded.
        allies.accessionOf(command.code())
                .filter(accession -> command.registeredOn() == null
                        || !command.registeredOn().isBefore(accession))
                .ifPresent(accession -> {
                    throw new CodeOfAnAlly(command.code(), accession);
                });
        apply(new PartnerRegisteredEvent(
                command.partnerId(),
                command.code(),
                command.name().strip(),
                command.kind(),
                command.frameworks(),
                command.membershipActionPlan(),
                command.registeredOn()));
    }

    @CommandHandler
    long handle(UpdatePartnerDetailsCommand command) {
        Require.text("name", command.name());
        // A write that changes nothing records nothing: the audit trail shows changes, not repetitions.
        if (!command.name().strip().equals(name) || command.membershipActionPlan() != membershipActionPlan) {
            apply(new PartnerDetailsUpdatedEvent(partnerId, command.name().strip(), command.membershipActionPlan()));
        }
        return version();
    }

    @CommandHandler
    long handle(JoinFrameworkCommand command) {
        requireActive();
        if (frameworks.contains(command.framework())) {
            throw new AlreadyInFramework(command.framework());
        }
        apply(new PartnerJoinedFrameworkEvent(partnerId, command.framework(), command.joinedOn()));
        return version();
    }

    @CommandHandler
    long handle(LeaveFrameworkCommand command) {
        if (!frameworks.contains(command.framework())) {
            throw new NotInFramework(command.framework());
        }
        apply(new PartnerLeftFrameworkEvent(partnerId, command.framework(), command.leftOn()));
        return version();
    }

    @CommandHandler
    long handle(SuspendPartnerCommand command) {
        Require.text("reason", command.reason());
        if (suspended) {
            throw new PartnerAlreadySuspended();
        }
        apply(new PartnerSuspendedEvent(partnerId, command.reason().strip(), command.suspendedOn()));
        return version();
    }

    @CommandHandler
    long handle(ReinstatePartnerCommand command) {
        if (!suspended) {
            throw new PartnerNotSuspended();
        }
        apply(new PartnerReinstatedEvent(partnerId, command.reason(), command.reinstatedOn()));
        return version();
    }

    @CommandHandler
    long handle(EnrolInProgrammeCommand command) {
        requireActive();
        Programme programme = command.programme();
        if (programmes.contains(programme)) {
            throw new AlreadyEnrolled(programme);
        }
        if (programme == Programme.PARP && !frameworks.contains(Framework.EAPC_PFP) && command.nacDecision() == null) {
            throw new ParpNeedsCouncilDecision();
        }
        if (programme == Programme.ANP && !membershipActionPlan) {
            throw new AnpNeedsMembershipActionPlan();
        }
        apply(new PartnerEnrolledInProgrammeEvent(partnerId, programme, command.enrolledOn(), command.nacDecision()));
        return version();
    }

    @CommandHandler
    long handle(LeaveProgrammeCommand command) {
        if (!programmes.contains(command.programme())) {
            throw new NotEnrolled(command.programme());
        }
        apply(new PartnerLeftProgrammeEvent(partnerId, command.programme(), command.leftOn()));
        return version();
    }

    @CommandHandler
    long handle(RecordPredecessorProgrammeCommand command) {
        if (command.until() != null && command.until().isBefore(command.from())) {
            throw new InvalidCommand("until", "A programme cannot end before it starts");
        }
        apply(new PredecessorProgrammeRecordedEvent(partnerId, command.programme(), command.from(), command.until()));
        return version();
    }

    @EventSourcingHandler
    void on(PartnerRegisteredEvent event) {
        partnerId = event.partnerId();
        name = event.name();
        membershipActionPlan = event.membershipActionPlan();
        frameworks.addAll(event.frameworks());
    }

    @EventSourcingHandler
    void on(PartnerDetailsUpdatedEvent event) {
        name = event.name();
        membershipActionPlan = event.membershipActionPlan();
    }

    @EventSourcingHandler
    void on(PartnerJoinedFrameworkEvent event) {
        frameworks.add(event.framework());
    }

    @EventSourcingHandler
    void on(PartnerLeftFrameworkEvent event) {
        frameworks.remove(event.framework());
    }

    @EventSourcingHandler
    void on(PartnerSuspendedEvent event) {
        suspended = true;
    }

    @EventSourcingHandler
    void on(PartnerReinstatedEvent event) {
        suspended = false;
    }

    @EventSourcingHandler
    void on(PartnerEnrolledInProgrammeEvent event) {
        programmes.add(event.programme());
    }

    @EventSourcingHandler
    void on(PartnerLeftProgrammeEvent event) {
        programmes.remove(event.programme());
    }

    private void requireActive() {
        if (suspended) {
            throw new PartnerIsSuspended();
        }
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
