package org.oneplan.itpp.query;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/**
 * The approved PARP goals that serve ITPP goals, with their latest implementation status, from
 * {@code oneplan.parp.events}: the PARP level of an ITPP's traceability tree. Every other PARP event is
 * skipped.
 */
@ApplicationScoped
public class ParpGoalProjection implements Projection {

    private static final Logger LOG = Logger.getLogger(ParpGoalProjection.class);
    private static final EventCatalog EVENTS = EventCatalog.of(ParpEvent.class);

    @Override
    public String name() {
        return "parp-goals";
    }

    @Override
    public String topic() {
        return "oneplan.parp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        Object payload = EVENTS.decode(event).orElse(null);
        if (payload instanceof ParpPackageApprovedEvent approved) {
            return approve(approved);
        }
        if (payload instanceof ParpGoalProgressRecordedEvent progress) {
            return progress(event, progress);
        }
        return Uni.createFrom().voidItem();
    }

    /** Updates the goals approved again in place, deletes those no longer approved, adds the new ones. */
    private static Uni<Void> approve(ParpPackageApprovedEvent approval) {
        return ParpGoalEntry.<ParpGoalEntry>list("parpCycleId", approval.parpCycleId())
                .chain(stored -> {
                    Map<UUID, ParpGoalEntry> storedById =
                            stored.stream().collect(Collectors.toMap(entry -> entry.id, Function.identity()));
                    List<ParpGoal> goals = ParpGoal.approved(
                            stored.stream().map(ParpGoalEntry::goal).toList(), approval);
                    Set<UUID> approvedIds = goals.stream().map(ParpGoal::id).collect(Collectors.toSet());
                    List<ParpGoalEntry> added = goals.stream()
                            .filter(goal -> !storedById.containsKey(goal.id()))
                            .map(goal -> {
                                ParpGoalEntry entry = new ParpGoalEntry();
                                entry.write(goal);
                                return entry;
                            })
                            .toList();
                    goals.stream()
                            .filter(goal -> storedById.containsKey(goal.id()))
                            .forEach(goal -> storedById.get(goal.id()).write(goal));
                    List<ParpGoalEntry> dropped = stored.stream()
                            .filter(entry -> !approvedIds.contains(entry.id))
                            .toList();
                    // One session: its operations run one after the other, never concurrently.
                    return Multi.createFrom()
                            .iterable(dropped)
                            .onItem()
                            .transformToUniAndConcatenate(ParpGoalEntry::delete)
                            .collect()
                            .last()
                            .chain(() -> persist(added));
                })
                .replaceWithVoid();
    }

    /** Panache refuses to persist an empty batch, which is what a package without an ITPP gives. */
    private static Uni<Void> persist(List<ParpGoalEntry> entries) {
        return entries.isEmpty() ? Uni.createFrom().voidItem() : ParpGoalEntry.persist(entries);
    }

    private static Uni<Void> progress(PublishedEvent event, ParpGoalProgressRecordedEvent progress) {
        return ParpGoalEntry.<ParpGoalEntry>findById(progress.goalId())
                .invoke(entry -> {
                    if (entry == null) {
                        // Approval precedes progress on a cycle's key, so an unknown goal is one of a
                        // package that named no ITPP: nothing here to trace it to.
                        LOG.infof(
                                "event %s records progress on PARP goal %s of cycle %s, which serves no ITPP: skipped",
                                event.id(), progress.goalId(), progress.parpCycleId());
                        return;
                    }
                    entry.write(entry.goal().progressed(progress));
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> clear() {
        return ParpGoalEntry.deleteAll().replaceWithVoid();
    }
}
