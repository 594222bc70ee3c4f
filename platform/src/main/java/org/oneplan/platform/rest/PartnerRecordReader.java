package org.oneplan.platform.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.AccessPolicy;
import org.oneplan.platform.projection.ReadModels;

/**
 * Reads one record co-owned with a partner (an ITPP, a PARP cycle) for the current caller: now, from the
 * read model, or as it stood at an instant or version, folded from the event store by the same fold the
 * read model uses. A partner delegation reads only its own nation's records; any other is "not found",
 * so that the answer tells it nothing about another partner's records.
 *
 * @param <D> the record as read
 */
public final class PartnerRecordReader<D> {

    /** The read model's fold: the record after one more event at a version (null before the first). */
    @FunctionalInterface
    public interface Fold<D> {
        D apply(D record, Object event, long version);
    }

    /** What a service tells the reader about its kind of record. */
    public record Kind<D>(
            String noun,
            Function<UUID, Uni<D>> readModel,
            Fold<D> fold,
            ToLongFunction<D> version,
            Function<D, String> partnerCode) {}

    private final Kind<D> kind;
    private final EventHistory history;
    private final AccessPolicy access;
    private final Duration maxWait;

    public PartnerRecordReader(Kind<D> kind, EventHistory history, AccessPolicy access, Duration maxWait) {
        this.kind = kind;
        this.history = history;
        this.access = access;
        this.maxWait = maxWait;
    }

    /**
     * The record as a read answers it, with its version as ETag: now (waiting, bounded, for
     * {@code minVersion} if given), or with {@code asOf} or {@code atVersion} as it stood then.
     */
    public Uni<Response> read(UUID id, Long minVersion, Instant asOf, Long atVersion) {
        return read(id, minVersion, asOf, atVersion, UnaryOperator.identity());
    }

    /**
     * As {@link #read(UUID, Long, Instant, Long)}, with a service's own visibility rule on top of the nation's
     * ({@code visible} returns the record or throws "not found"), e.g. a partner consulted only from a
     * submission on.
     */
    public Uni<Response> read(UUID id, Long minVersion, Instant asOf, Long atVersion, UnaryOperator<D> visible) {
        Uni<D> read = asOf == null && atVersion == null ? current(id, minVersion) : asOf(id, asOf, atVersion);
        return read.map(visible)
                .map(found -> Response.ok(found)
                        .tag(Versions.etag(kind.version().applyAsLong(found)))
                        .build());
    }

    /**
     * The record's events up to {@code asOf} (or all) when the caller may see the record as it stood then, by
     * the event store (a read model may lag the event that made it visible), under the service's own rule
     * {@code visible} on top of the nation's.
     */
    public Uni<List<HistoryEntry>> events(UUID id, Instant asOf, UnaryOperator<D> visible) {
        // Cut at asOf, the record must have been visible then too: the history of a moment the caller could
        // not read the record at would show what the record hid.
        return asOf(id, asOf, null).map(visible).chain(seen -> events(id, asOf));
    }

    /** The record now, or as it stood at {@code asOf} when given. */
    public Uni<D> nowOrAsOf(UUID id, Instant asOf) {
        return asOf == null ? current(id, null) : asOf(id, asOf, null);
    }

    /** The record now; with {@code minVersion}, once the read model has reached it (bounded wait). */
    public Uni<D> current(UUID id, Long minVersion) {
        Uni<D> read = minVersion == null
                ? kind.readModel().apply(id)
                : ReadModels.awaitUntil(
                        () -> kind.readModel().apply(id),
                        found -> found != null && kind.version().applyAsLong(found) >= minVersion,
                        maxWait);
        return read.map(found -> visibleOrNotFound(id, found));
    }

    /** The record as it stood at {@code asOf} and/or {@code atVersion}, rebuilt from its events. */
    public Uni<D> asOf(UUID id, Instant asOf, Long atVersion) {
        return events(id, asOf).map(entries -> {
            if (atVersion != null && entries.get(entries.size() - 1).version() < atVersion) {
                // A version that does not exist (yet) is not the current one: answering with the current
                // record would tell the client something it did not ask for.
                throw ProblemException.notFound(kind.noun() + " " + id + " at version " + atVersion);
            }
            D record = null;
            for (HistoryEntry entry : entries) {
                if (atVersion != null && entry.version() > atVersion) {
                    break;
                }
                record = kind.fold().apply(record, entry.data(), entry.version());
            }
            return visibleOrNotFound(id, record);
        });
    }

    /** The events of a visible record, oldest first; {@code asOf} cuts them at an instant. */
    public Uni<List<HistoryEntry>> events(UUID id, Instant asOf) {
        return Uni.createFrom()
                .item(() -> history.of(id.toString(), asOf))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(entries -> {
                    if (entries.isEmpty()) {
                        throw ProblemException.notFound(kind.noun() + " " + id);
                    }
                    visibleOrNotFound(id, kind.fold().apply(null, entries.get(0).data(), 0));
                    return entries;
                });
    }

    /**
     * Refuses (404) a write by a caller who may not see the record, before the write is tried: its answer
     * must not tell another partner's delegation whether the record exists or what state it is in.
     */
    public void requireVisible(UUID id) {
        List<HistoryEntry> entries = history.of(id.toString(), null);
        visibleOrNotFound(
                id,
                entries.isEmpty()
                        ? null
                        : kind.fold().apply(null, entries.get(0).data(), 0));
    }

    private D visibleOrNotFound(UUID id, D record) {
        return access.visibleOrNotFound(record, kind.partnerCode(), kind.noun() + " " + id);
    }
}
