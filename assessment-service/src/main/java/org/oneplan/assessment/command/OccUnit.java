package org.oneplan.assessment.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.assessment.api.OccCommands.DeclareOccUnitCommand;
import org.oneplan.assessment.api.OccCommands.LinkOccGoalsCommand;
import org.oneplan.assessment.api.OccCommands.RecordOccEvaluationCommand;
import org.oneplan.assessment.api.OccCommands.RecordOccFeedbackCommand;
import org.oneplan.assessment.command.AssessmentRefusals.UnknownItpp;
import org.oneplan.assessment.command.OccRefusals.GoalNotInItpp;
import org.oneplan.assessment.command.OccRefusals.ItppOfAnotherPartner;
import org.oneplan.assessment.command.OccRefusals.LevelNotEvaluated;
import org.oneplan.assessment.command.OccRefusals.NotOwnUnit;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.occ.OccEvaluationRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccFeedbackRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccGoalsLinkedEvent;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.contracts.assessment.occ.OccUnitDeclaredEvent;
import org.oneplan.contracts.assessment.occ.OccUnitEvent;
import org.oneplan.platform.axon.RecordMarking;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.KnownPartners;

/**
 * A partner's unit in the OCC Evaluation and Feedback programme: declared by the partner (or staff for it),
 * evaluated SEL1, NEL1, SEL2, NEL2 (the self-evaluations by the partner, the NATO evaluations by staff), with
 * NATO's feedback, and linked to the partnership goals of the partner's ITPP that it serves.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class OccUnit {

    @AggregateIdentifier
    private UUID unitId;

    private UUID partnerId;
    private String partnerCode;
    private OccEvaluationRules evaluations;
    private Set<OccLevel> evaluated;
    private Set<UUID> linkedGoals;

    OccUnit() {
        // Axon rebuilds units from their events.
    }

    @CommandHandler
    OccUnit(DeclareOccUnitCommand command, KnownPartners partners) {
        Optional<KnownPartner> found = partners.find(command.partnerId());
        // A delegation learns nothing of other partners: any id but its own is "not this partner".
        if (command.byNation() != null
                && !found.map(KnownPartner::code).orElse("").equals(command.byNation())) {
            throw new NotOwnUnit();
        }
        KnownPartner partner = partners.active(command.partnerId());
        if (command.domain() == null) {
            throw new InvalidCommand("domain", "Name the unit's domain");
        }
        Require.text("name", command.name());
        Require.text("size", command.size());
        Require.text("capability", command.capability());
        RecordMarking.restrictedReleasableTo(partner.code())
                .apply(new OccUnitDeclaredEvent(
                        command.unitId(),
                        partner.partnerId(),
                        partner.code(),
                        command.domain(),
                        command.name().strip(),
                        command.size().strip(),
                        command.capability().strip()));
    }

    @CommandHandler
    long handle(RecordOccEvaluationCommand command) {
        return record(evaluations.check(unitId, command, partnerCode));
    }

    /** The goals must be of the unit's partner's ITPP, as this service knows it; goals linked already are kept. */
    @CommandHandler
    long handle(LinkOccGoalsCommand command, KnownItpps itpps) {
        KnownItpps.KnownItpp itpp = itpps.find(command.itppId()).orElseThrow(() -> new UnknownItpp(command.itppId()));
        if (!itpp.partnerId().equals(partnerId)) {
            throw new ItppOfAnotherPartner(command.itppId());
        }
        if (command.goalIds() == null || command.goalIds().isEmpty()) {
            throw new InvalidCommand("goalIds", "Name at least one partnership goal");
        }
        Set<UUID> ofItpp =
                new HashSet<>(itpp.goals().stream().map(GoalBaseline::goalId).toList());
        List<UUID> added = new ArrayList<>();
        for (UUID goal : command.goalIds()) {
            if (!ofItpp.contains(goal)) {
                throw new GoalNotInItpp(goal);
            }
            if (!linkedGoals.contains(goal) && !added.contains(goal)) {
                added.add(goal);
            }
        }
        return added.isEmpty() ? version() : record(new OccGoalsLinkedEvent(unitId, itpp.itppId(), added));
    }

    @CommandHandler
    long handle(RecordOccFeedbackCommand command) {
        if (command.level() == null) {
            throw new InvalidCommand("level", "Name the level the feedback is on");
        }
        if (!evaluated.contains(command.level())) {
            throw new LevelNotEvaluated(command.level());
        }
        Require.text("feedback", command.feedback());
        return record(new OccFeedbackRecordedEvent(
                unitId, command.level(), command.feedback().strip()));
    }

    @EventSourcingHandler
    void on(OccUnitEvent event) {
        if (event instanceof OccUnitDeclaredEvent declared) {
            unitId = declared.unitId();
            partnerId = declared.partnerId();
            partnerCode = declared.partnerCode();
            evaluations = OccEvaluationRules.start();
            evaluated = Set.of();
            linkedGoals = Set.of();
        } else if (event instanceof OccEvaluationRecordedEvent recorded) {
            evaluations = evaluations.after(recorded);
            Set<OccLevel> more = EnumSet.of(recorded.level());
            more.addAll(evaluated);
            evaluated = Set.copyOf(more);
        } else if (event instanceof OccGoalsLinkedEvent linked) {
            Set<UUID> more = new HashSet<>(linkedGoals);
            more.addAll(linked.goalIds());
            linkedGoals = Set.copyOf(more);
        }
    }

    private long record(OccUnitEvent event) {
        RecordMarking.restrictedReleasableTo(partnerCode).apply(event);
        return version();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
