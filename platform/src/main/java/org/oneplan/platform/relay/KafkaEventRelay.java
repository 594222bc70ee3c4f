package org.oneplan.platform.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jboss.logging.Logger;

/**
 * Publishes every stored event to the service's topic, the event store being the outbox.
 *
 * <p>It runs in a single-threaded tracking processor, so events arrive in store order. A batch of events
 * becomes a batch of records; they are sent when the batch's transaction prepares to commit, and the
 * processor's token and the audit-chain head are committed only after the broker acknowledged every
 * record. While the broker is away the batch waits and retries; the commands that stored the events are
 * long committed and never fail because of it. Nothing is acknowledged that was not written, so every
 * stored event is published at least once, in order per aggregate.
 */
@ProcessingGroup(KafkaEventRelay.PROCESSING_GROUP)
public final class KafkaEventRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";

    private static final Logger LOG = Logger.getLogger(KafkaEventRelay.class);
    private static final String BATCH = KafkaEventRelay.class.getName() + ".batch";
    private static final Duration PAUSE = Duration.ofMillis(500);

    private final Producer<String, byte[]> producer;
    private final CloudEventFactory cloudEvents;
    private final String topic;
    private final DataSource dataSource;
    private final Duration retryFor;

    public KafkaEventRelay(
            Producer<String, byte[]> producer,
            CloudEventFactory cloudEvents,
            String topic,
            DataSource dataSource,
            Duration retryFor) {
        this.producer = producer;
        this.cloudEvents = cloudEvents;
        this.topic = topic;
        this.dataSource = dataSource;
        this.retryFor = retryFor;
    }

    @EventHandler
    public void relay(Object payload, DomainEventMessage<?> event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Batch batch = unitOfWork.getOrComputeResource(BATCH, key -> {
            Batch started = new Batch(readChainHead());
            unitOfWork.onPrepareCommit(u -> {
                publish(started.records);
                writeChainHead(started.head, started.records.size());
            });
            return started;
        });
        CloudEventFactory.Published published = cloudEvents.toCloudEvent(event, batch.head);
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, event.getAggregateIdentifier(), published.json());
        record.headers()
                .add(new RecordHeader(
                        "content-type",
                        CloudEventFactory.CONTENT_TYPE.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        batch.records.add(record);
        batch.head = published.hash();
    }

    private void publish(List<ProducerRecord<String, byte[]>> records) {
        long giveUpAt = System.nanoTime() + retryFor.toNanos();
        List<ProducerRecord<String, byte[]>> pending = records;
        while (true) {
            pending = sendAll(pending);
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > giveUpAt) {
                throw new RelayUnavailableException(topic, pending.size());
            }
            LOG.warnf("Kafka unreachable: %d events wait for publication to %s", pending.size(), topic);
            pause();
        }
    }

    /** Sends in order and returns what the broker did not acknowledge, in the same order. */
    private List<ProducerRecord<String, byte[]>> sendAll(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(records.size());
        boolean brokerUnreachable = false;
        for (ProducerRecord<String, byte[]> record : records) {
            if (brokerUnreachable) {
                acknowledgements.add(CompletableFuture.failedFuture(new IllegalStateException("not sent")));
                continue;
            }
            try {
                acknowledgements.add(producer.send(record));
            } catch (RuntimeException sendFailed) {
                // send() blocks while it has no metadata; one failure is enough to know the rest would too.
                brokerUnreachable = true;
                acknowledgements.add(CompletableFuture.failedFuture(sendFailed));
            }
        }
        List<ProducerRecord<String, byte[]>> unacknowledged = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                acknowledgements.get(i).get();
            } catch (ExecutionException failed) {
                unacknowledged.add(records.get(i));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new RelayUnavailableException(topic, records.size() - i);
            }
        }
        return unacknowledged;
    }

    private void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RelayUnavailableException(topic, -1);
        }
    }

    private String readChainHead() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT head_hash FROM relay_chain_head WHERE topic = ? FOR UPDATE")) {
            select.setString(1, topic);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : AuditChain.GENESIS;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit chain head", e);
        }
    }

    private void writeChainHead(String head, int published) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(
                        "INSERT INTO relay_chain_head (topic, head_hash, published) VALUES (?, ?, ?) "
                                + "ON CONFLICT (topic) DO UPDATE SET head_hash = EXCLUDED.head_hash, "
                                + "published = relay_chain_head.published + EXCLUDED.published")) {
            upsert.setString(1, topic);
            upsert.setString(2, head);
            upsert.setLong(3, published);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the audit chain head", e);
        }
    }

    private static final class Batch {
        private final List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        private String head;

        private Batch(String head) {
            this.head = head;
        }
    }
}
