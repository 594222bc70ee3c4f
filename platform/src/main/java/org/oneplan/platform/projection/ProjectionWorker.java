package org.oneplan.platform.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.oneplan.platform.rest.ProblemException;

/**
 * One projection's consumer: a thread that polls the topic, applies each record in its own reactive
 * transaction, and commits offsets after the records are handled. A record that still fails after
 * {@code attempts} tries is parked with its error and the projection moves on; so are the later records
 * of the same subject, to keep each aggregate's events in order. Rebuilds and an administrator's work on
 * parked records run on this same thread between polls, so nothing else applies records meanwhile.
 */
final class ProjectionWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(ProjectionWorker.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration DATABASE_DOWN_PAUSE = Duration.ofSeconds(5);

    private final Projection projection;
    private final ParkedRecords parked;
    private final int attempts;
    private final Duration retryPause;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AtomicReference<CompletableFuture<Void>> rebuild = new AtomicReference<>();
    private final BlockingQueue<Runnable> adminWork = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private volatile long parkedCount;
    private final Thread thread;

    ProjectionWorker(
            Projection projection, ParkedRecords parked, int attempts, Duration retryPause, Properties consumer) {
        this.projection = projection;
        this.parked = parked;
        this.attempts = Math.max(1, attempts);
        this.retryPause = retryPause;
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        this.consumer = new KafkaConsumer<>(consumer);
        this.thread = new Thread(this, "projection-" + projection.name());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    /** Records parked now (as of this worker's last change to them). */
    long parkedCount() {
        return parkedCount;
    }

    void stop() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }

    /** Clears the read model and replays the topic from offset 0; completes once the read model is cleared. */
    CompletableFuture<Void> requestRebuild() {
        CompletableFuture<Void> requested = new CompletableFuture<>();
        CompletableFuture<Void> previous = rebuild.getAndSet(requested);
        if (previous != null) {
            requested.whenComplete((done, failure) -> previous.complete(null));
        }
        return requested;
    }

    /** Runs {@code work} on this worker's thread between two polls. */
    private <T> CompletableFuture<T> between(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        adminWork.add(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** How a retry ended: how many parked records were applied and how many of that subject are still parked. */
    record Retried(int applied, int stillParked) {}

    /**
     * Applies a parked record again, and after it the records of its subject parked behind it, in topic
     * order; each that applies leaves the table, the first failure stops. Empty if no such parked record.
     */
    CompletableFuture<Optional<Retried>> retryParked(UUID id) {
        return between(() -> parked.find(projection.name(), id).map(this::retryFrom));
    }

    /** Drops a parked record for good (it is never applied); false if no such parked record. */
    CompletableFuture<Boolean> discardParked(UUID id, String reason, String actor) {
        return between(() -> parked.find(projection.name(), id)
                .map(found -> {
                    parked.remove(id);
                    LOG.warnf(
                            "Projection %s: %s discarded parked record %s-%d@%d (subject %s): %s",
                            projection.name(),
                            actor,
                            found.parked().topic(),
                            found.parked().partition(),
                            found.parked().offset(),
                            found.parked().subject(),
                            reason);
                    return true;
                })
                .orElse(false));
    }

    private Retried retryFrom(ParkedRecords.Stored first) {
        if (first.parked().subject() != null && parked.earlierOfSubject(first.parked())) {
            throw new ProblemException(
                    409, "earlier-record-parked", "An earlier record of the same subject is parked; retry that first");
        }
        List<ParkedRecords.Stored> batch =
                first.parked().subject() == null ? List.of(first) : parked.ofSubjectFrom(first.parked());
        int applied = 0;
        for (ParkedRecords.Stored stored : batch) {
            try {
                apply(PublishedEvent.parse(stored.value()));
            } catch (RuntimeException e) {
                parked.recordFailure(stored.parked().id(), describe(e));
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while retrying a parked record", e);
            }
            parked.remove(stored.parked().id());
            applied++;
        }
        LOG.infof("Projection %s applied %d parked record(s) on retry", projection.name(), applied);
        return new Retried(applied, batch.size() - applied);
    }

    @Override
    public void run() {
        try {
            parkedCount = untilDatabaseAnswers(() -> parked.count(projection.name()));
            consumer.subscribe(List.of(projection.topic()));
            while (running) {
                rebuildIfRequested();
                runAdminWork();
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                for (ConsumerRecord<String, byte[]> record : records) {
                    applyOrPark(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke the consumer up.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void runAdminWork() throws InterruptedException {
        Runnable work;
        boolean done = false;
        while ((work = adminWork.poll()) != null) {
            work.run();
            done = true;
        }
        if (done) {
            parkedCount = untilDatabaseAnswers(() -> parked.count(projection.name()));
        }
    }

    private void rebuildIfRequested() throws InterruptedException {
        CompletableFuture<Void> requested = rebuild.get();
        if (requested == null || consumer.assignment().isEmpty()) {
            return;
        }
        try {
            inTransaction(() -> Checkpoints.clear(projection.name()).chain(projection::clear));
            // A rebuild starts over: records parked before are met again and parked again if they still fail.
            parked.clear(projection.name());
            parkedCount = 0;
            consumer.seekToBeginning(consumer.assignment());
            rebuild.compareAndSet(requested, null);
            requested.complete(null);
            LOG.infof("Projection %s cleared; replaying %s from offset 0", projection.name(), projection.topic());
        } catch (RuntimeException e) {
            rebuild.compareAndSet(requested, null);
            requested.completeExceptionally(e);
        }
    }

    private void applyOrPark(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        ParkedRecords.Hold hold = untilDatabaseAnswers(() -> parked.holdOn(projection.name(), record));
        if (hold.self()) {
            return; // delivered again after a restart; it stays parked until an administrator acts
        }
        if (hold.earlier()) {
            park(
                    record,
                    typeOf(record),
                    "an earlier event of subject " + record.key() + " is parked; applied after it",
                    0);
            return;
        }
        String type = null;
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= attempts && running; attempt++) {
            try {
                PublishedEvent event = PublishedEvent.parse(record.value());
                type = event.type();
                apply(event);
                return;
            } catch (RuntimeException e) {
                failure = e;
                LOG.warnf(
                        "Projection %s could not apply %s-%d@%d (attempt %d of %d): %s",
                        projection.name(), record.topic(), record.partition(), record.offset(), attempt, attempts, e);
                if (attempt < attempts) {
                    Thread.sleep(retryPause.multipliedBy(attempt).toMillis());
                }
            }
        }
        if (failure != null) {
            park(record, type, describe(failure), attempts);
        }
    }

    /** Applies the event unless the projection applied it already (claim and apply in one transaction). */
    private void apply(PublishedEvent event) throws InterruptedException {
        inTransaction(() -> Checkpoints.claim(projection.name(), event)
                .chain(isNew ->
                        isNew ? projection.apply(event) : Uni.createFrom().voidItem()));
    }

    private void park(ConsumerRecord<String, byte[]> record, String type, String error, int tries)
            throws InterruptedException {
        untilDatabaseAnswers(() -> {
            parked.park(projection.name(), record, type, error, tries);
            return null;
        });
        parkedCount = untilDatabaseAnswers(() -> parked.count(projection.name()));
        LOG.errorf(
                "Projection %s parked %s-%d@%d (subject %s): %s",
                projection.name(), record.topic(), record.partition(), record.offset(), record.key(), error);
    }

    /**
     * The platform's own table work: without the database no read model can move anyway, so this waits
     * for it rather than losing track of a record.
     */
    private <T> T untilDatabaseAnswers(Supplier<T> work) throws InterruptedException {
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!running) {
                    throw new WakeupException();
                }
                LOG.errorf("Projection %s cannot reach its parked-record table: %s", projection.name(), e);
                Thread.sleep(DATABASE_DOWN_PAUSE.toMillis());
            }
        }
    }

    /** The CloudEvent type, for the administrator's list; null when the record does not even parse. */
    private static String typeOf(ConsumerRecord<String, byte[]> record) {
        try {
            return PublishedEvent.parse(record.value()).type();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 2000; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    private static void inTransaction(Supplier<Uni<Void>> work) throws InterruptedException {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }
}
