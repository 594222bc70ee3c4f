package org.oneplan.itpp.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;

/**
 * An approved PARP partnership goal as itpp-service knows it: the ITPP and the ITPP goals it serves, and
 * its latest implementation status (null until parp-service records one). Built by pure functions of
 * parp-service's events, so a rebuild from the topic gives the same goals.
 */
public record ParpGoal(
        UUID id,
        UUID parpCycleId,
        UUID itppId,
        String partnerCode,
        String code,
        String title,
        CapabilityArea area,
        int fromYear,
        int toYear,
        List<UUID> itppGoalIds,
        ImplementationStatus status,
        LocalDate statusRecordedOn,
        String evidence) {

    /** The order goals are listed in wherever several serve one ITPP goal. */
    static final Comparator<ParpGoal> BY_CODE =
            Comparator.comparing(ParpGoal::code).thenComparing(ParpGoal::id);

    public ParpGoal {
        itppGoalIds = List.copyOf(itppGoalIds);
    }

    /**
     * A cycle's goals once its package is approved: the approved goals replace {@code before} (the goals
     * an earlier approval of the same cycle gave). A goal approved again keeps the progress recorded on
     * it, which is about the goal, not about that approval. A package that names no ITPP serves none of
     * its goals: the cycle then has no goals here.
     */
    public static List<ParpGoal> approved(List<ParpGoal> before, ParpPackageApprovedEvent approval) {
        if (approval.itppId() == null) {
            return List.of();
        }
        Map<UUID, ParpGoal> earlier = before.stream().collect(Collectors.toMap(ParpGoal::id, Function.identity()));
        return approval.goals().stream()
                .map(goal -> of(approval, goal, earlier.get(goal.goalId())))
                .sorted(BY_CODE)
                .toList();
    }

    private static ParpGoal of(ParpPackageApprovedEvent approval, ApprovedParpGoal goal, ParpGoal earlier) {
        return new ParpGoal(
                goal.goalId(),
                approval.parpCycleId(),
                approval.itppId(),
                approval.partnerCode(),
                goal.code(),
                goal.title(),
                goal.area(),
                goal.fromYear(),
                goal.toYear(),
                goal.itppGoalIds(),
                earlier == null ? null : earlier.status,
                earlier == null ? null : earlier.statusRecordedOn,
                earlier == null ? null : earlier.evidence);
    }

    /** The goal with the status recorded last: events of a cycle arrive in the order they were recorded. */
    public ParpGoal progressed(ParpGoalProgressRecordedEvent progress) {
        return new ParpGoal(
                id,
                parpCycleId,
                itppId,
                partnerCode,
                code,
                title,
                area,
                fromYear,
                toYear,
                itppGoalIds,
                progress.status(),
                progress.recordedOn(),
                progress.evidence());
    }

    /**
     * Whether this PARP goal serves that goal of that ITPP. Only a goal of the ITPP's own partner can: a PARP
     * package naming another partner's ITPP must never show its goals (marked releasable to its own
     * partner only) in that ITPP's traceability.
     */
    boolean serves(ItppDocument itpp, UUID itppGoal) {
        return itppId.equals(itpp.id()) && partnerCode.equals(itpp.partnerCode()) && itppGoalIds.contains(itppGoal);
    }
}
