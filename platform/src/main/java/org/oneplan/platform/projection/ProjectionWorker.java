package org.oneplan.platform.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * One projection's consumer: a thread that polls the topic, applies each record in its own reactive
 * transaction, and commits offsets after the records are applied. A rebuild runs on the same thread
 * between polls, so no record is applied while the read model is cleared.
 */
final class ProjectionWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(ProjectionWorker.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final Projection projection;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AtomicReference<CompletableFuture<Void>> rebuild = new AtomicReference<>();
    private volatile boolean running = true;
    private final Thread thread;

    ProjectionWorker(Projection projection, String bootstrapServers, String groupId) {
        this.projection = projection;
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(properties);
        this.thread = new Thread(this, "projection-" + projection.name());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean isAlive() {
        return thread.isAlive();
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

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(projection.topic()));
            while (running) {
                rebuildIfRequested();
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                for (ConsumerRecord<String, byte[]> record : records) {
                    applyUntilDone(record);
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

    private void rebuildIfRequested() throws InterruptedException {
        CompletableFuture<Void> requested = rebuild.get();
        if (requested == null || consumer.assignment().isEmpty()) {
            return;
        }
        try {
            inTransaction(() -> Checkpoints.clear(projection.name()).chain(projection::clear));
            consumer.seekToBeginning(consumer.assignment());
            rebuild.compareAndSet(requested, null);
            requested.complete(null);
            LOG.infof("Projection %s cleared; replaying %s from offset 0", projection.name(), projection.topic());
        } catch (RuntimeException e) {
            rebuild.compareAndSet(requested, null);
            requested.completeExceptionally(e);
        }
    }

    /** A record that cannot be applied is retried, never skipped: the read model must not miss an event. */
    private void applyUntilDone(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        while (running) {
            try {
                PublishedEvent event = PublishedEvent.parse(record.value());
                inTransaction(() -> Checkpoints.claim(projection.name(), event)
                        .chain(isNew -> isNew
                                ? projection.apply(event)
                                : Uni.createFrom().voidItem()));
                return;
            } catch (RuntimeException e) {
                LOG.errorf(
                        e,
                        "Projection %s could not apply %s@%d; retrying",
                        projection.name(),
                        record.topic(),
                        record.offset());
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
        }
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
