package org.oneplan.platform.seal;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.oneplan.platform.config.KafkaClients;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.seal.SealHeads.Published;
import org.oneplan.platform.seal.SealHeads.Sealed;

/**
 * Seals the published chain on {@code oneplan.audit.seals}: every {@code oneplan.seals.every} events, or
 * after {@code oneplan.seals.interval} when fewer were published, the relay's chain head is signed and
 * published, keyed by the service's topic so that its seals keep their order. It runs where the relay runs
 * (one instance per service), and seals only what the relay has had acknowledged by the broker.
 */
@ApplicationScoped
public class ChainSealer {

    public static final String TOPIC = "oneplan.audit.seals";

    private static final Logger LOG = Logger.getLogger(ChainSealer.class);

    private final OnePlanConfig config;
    private final KafkaClients kafka;
    private final SealHeads heads;
    private final SealKeyStore keys;
    private final Clock clock;
    private ScheduledExecutorService ticks;
    private Producer<String, byte[]> producer;

    ChainSealer(OnePlanConfig config, KafkaClients kafka, SealHeads heads, SealKeyStore keys, Clock clock) {
        this.config = config;
        this.kafka = kafka;
        this.heads = heads;
        this.keys = keys;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            return;
        }
        var properties = kafka.producer("seals");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        producer = new KafkaProducer<>(properties);
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "chain-sealer"));
        ticks.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (ticks != null) {
            ticks.shutdownNow();
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void tick() {
        try {
            sealIfDue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The next tick tries again; an unsealed tail only grows meanwhile, and is reported as such.
            LOG.warnf("Could not seal %s yet: %s", config.topic(), e.toString());
        }
    }

    /** Seals the head now if enough was published or enough time passed; returns the seal made, if any. */
    public Optional<ChainSeal> sealIfDue() throws Exception {
        String topic = config.topic();
        Optional<Published> published = heads.published(topic);
        Optional<Sealed> sealed = heads.sealed(topic);
        long sealedEvents = sealed.map(Sealed::events).orElse(0L);
        if (published.isEmpty() || published.get().events() <= sealedEvents) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean enough =
                published.get().events() - sealedEvents >= config.seals().every();
        boolean longEnough = sealed.isEmpty()
                || !now.isBefore(sealed.get().sealedAt().plus(config.seals().interval()));
        if (!enough && !longEnough) {
            return Optional.empty();
        }
        ChainSeal seal = ChainSeal.sign(
                config.context() + "-service",
                topic,
                published.get().events(),
                published.get().head(),
                now,
                sealed.map(Sealed::sealHash).orElse(ChainSeal.GENESIS),
                keys.key());
        producer.send(new ProducerRecord<>(TOPIC, topic, SealJson.write(seal))).get(10, TimeUnit.SECONDS);
        heads.recordSealed(topic, seal);
        return Optional.of(seal);
    }
}
