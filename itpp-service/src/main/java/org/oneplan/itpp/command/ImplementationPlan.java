package org.oneplan.itpp.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityPlannedEvent;
import org.oneplan.contracts.itpp.ActivityRevisedEvent;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityStatusChangedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.Milestone;
import org.oneplan.contracts.itpp.MilestoneProgressReportedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.itpp.api.ItppCommands.ChangeActivityStatusCommand;
import org.oneplan.itpp.api.ItppCommands.PlanActivityCommand;
import org.oneplan.itpp.api.ItppCommands.ReportMilestoneProgressCommand;
import org.oneplan.itpp.api.ItppCommands.ReviseActivityCommand;
import org.oneplan.itpp.command.ItppRefusals.ActivityClosed;
import org.oneplan.itpp.command.ItppRefusals.UnknownActivity;
import org.oneplan.itpp.command.ItppRefusals.UnknownGoal;
import org.oneplan.itpp.command.ItppRefusals.UnknownMilestone;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * Output 3 and its follow-up, while the cycle runs: activities that support current goals, planned inside
 * the cycle, and progress on the goals' milestones, reported against the approved text. A member of the
 * {@link Itpp} aggregate, which hands it a fresh {@link ItppHeader} with every event.
 *
 * @param milestones the milestones of each current goal, which activities and reports refer to
 */
record ImplementationPlan(ItppHeader header, Map<UUID, ActivityStatus> activities, Map<UUID, List<UUID>> milestones) {

    ImplementationPlan {
        activities = Map.copyOf(activities);
        milestones = Map.copyOf(milestones);
    }

    static ImplementationPlan empty(ItppHeader header) {
        return new ImplementationPlan(header, Map.of(), Map.of());
    }

    @CommandHandler
    long handle(PlanActivityCommand command) {
        header.calendar().requireOpen();
        if (activities.containsKey(command.activityId())) {
            throw new InvalidCommand("activityId", "An activity with this id exists already");
        }
        check(command.title(), command.goalIds(), command.plannedFrom(), command.plannedUntil(), command.lead());
        return header.record(new ActivityPlannedEvent(
                header.itppId(),
                command.activityId(),
                command.title().strip(),
                command.type(),
                command.goalIds(),
                command.plannedFrom(),
                command.plannedUntil(),
                command.lead(),
                command.pcmEventCode()));
    }

    @CommandHandler
    long handle(ReviseActivityCommand command) {
        header.calendar().requireOpen();
        requireOpen(command.activityId());
        check(command.title(), command.goalIds(), command.plannedFrom(), command.plannedUntil(), command.lead());
        return header.record(new ActivityRevisedEvent(
                header.itppId(),
                command.activityId(),
                command.title().strip(),
                command.type(),
                command.goalIds(),
                command.plannedFrom(),
                command.plannedUntil(),
                command.lead(),
                command.pcmEventCode()));
    }

    /** Nothing to record when the activity already has that status. */
    @CommandHandler
    long handle(ChangeActivityStatusCommand command) {
        header.calendar().requireOpen();
        if (requireOpen(command.activityId()) == command.status()) {
            return AggregateLifecycle.getVersion();
        }
        return header.record(new ActivityStatusChangedEvent(header.itppId(), command.activityId(), command.status()));
    }

    @CommandHandler
    long handle(ReportMilestoneProgressCommand command) {
        header.requireApproved();
        if (!milestones.getOrDefault(command.goalId(), List.of()).contains(command.milestoneId())) {
            throw new UnknownMilestone(command.milestoneId());
        }
        Require.text("evidence", command.evidence());
        return header.record(new MilestoneProgressReportedEvent(
                header.itppId(),
                command.goalId(),
                command.milestoneId(),
                command.progress(),
                command.reportedOn(),
                command.evidence().strip()));
    }

    /** The plan after {@code event}, under the ITPP's header as it stands after it. */
    ImplementationPlan after(ItppEvent event, ItppHeader header) {
        Map<UUID, ActivityStatus> nowActivities = new HashMap<>(activities);
        Map<UUID, List<UUID>> nowMilestones = new HashMap<>(milestones);
        if (event instanceof ActivityPlannedEvent e) {
            nowActivities.put(e.activityId(), ActivityStatus.PLANNED);
        } else if (event instanceof ActivityStatusChangedEvent e) {
            nowActivities.put(e.activityId(), e.status());
        } else if (event instanceof PartnershipGoalAddedEvent e) {
            nowMilestones.put(
                    e.goalId(),
                    e.milestones().stream().map(Milestone::milestoneId).toList());
        } else if (event instanceof PartnershipGoalWithdrawnEvent e) {
            nowMilestones.remove(e.goalId());
        }
        return new ImplementationPlan(header, nowActivities, nowMilestones);
    }

    private ActivityStatus requireOpen(UUID activityId) {
        ActivityStatus current = activities.get(activityId);
        if (current == null) {
            throw new UnknownActivity(activityId);
        }
        if (current == ActivityStatus.DONE || current == ActivityStatus.CANCELLED) {
            throw new ActivityClosed();
        }
        return current;
    }

    /** Activities are traceable to current goals and planned inside the cycle. */
    private void check(String title, List<UUID> goalIds, LocalDate from, LocalDate until, ActivityLead lead) {
        Require.text("title", title);
        if (goalIds == null || goalIds.isEmpty()) {
            throw new InvalidCommand("goalIds", "An activity supports at least one partnership goal");
        }
        for (UUID goalId : goalIds) {
            if (!milestones.containsKey(goalId)) {
                throw new UnknownGoal(goalId);
            }
        }
        if (lead == null || lead.kind() == null) {
            throw new InvalidCommand("lead", "An activity has a lead: a NATO body, an Ally or the partner");
        }
        if (from == null || until == null || until.isBefore(from)) {
            throw new InvalidCommand("plannedUntil", "An activity's planned period ends on or after it starts");
        }
        if (!header.cycle().contains(from) || !header.cycle().contains(until)) {
            throw new InvalidCommand("plannedFrom", "The planned period lies outside the cycle " + header.cycle());
        }
    }
}
