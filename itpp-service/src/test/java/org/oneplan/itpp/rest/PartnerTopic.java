package org.oneplan.itpp.rest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.relay.CloudEventFactory;

/**
 * Plays partner-service's part on the real broker: publishes partner-context CloudEvents, built by the
 * same relay code, to {@code oneplan.partner.events}.
 */
final class PartnerTopic {

    private static final CloudEventFactory CLOUD_EVENTS = new CloudEventFactory("/oneplan/partner-service");

    private PartnerTopic() {}

    static UUID registerPartner(String bootstrap, String code) {
        UUID id = UUID.nameUUIDFromBytes(("oneplan:partner:" + code).getBytes(StandardCharsets.UTF_8));
        publish(
                bootstrap,
                "Partner",
                id,
                0,
                new PartnerRegisteredEvent(
                        id,
                        code,
                        code,
                        PartnerKind.STATE,
                        Set.of(Framework.EAPC_PFP),
                        false,
                        LocalDate.of(1994, 1, 1)));
        return id;
    }

    static void suspendPartner(String bootstrap, UUID id) {
        publish(bootstrap, "Partner", id, 1, new PartnerSuspendedEvent(id, "test", LocalDate.of(2022, 1, 1)));
    }

    static UUID admitAlly(String bootstrap, String code, LocalDate accession) {
        UUID id = UUID.nameUUIDFromBytes(("oneplan:ally:" + code).getBytes(StandardCharsets.UTF_8));
        publish(bootstrap, "Ally", id, 0, new AllyAdmittedEvent(id, code, code, accession));
        return id;
    }

    private static void publish(String bootstrap, String type, UUID id, long sequence, Object payload) {
        var message = new GenericDomainEventMessage<>(
                type, id.toString(), sequence, payload, MetaData.from(Map.of("actor", "test", "actorRole", "staff")));
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            "oneplan.partner.events",
                            id.toString(),
                            CLOUD_EVENTS
                                    .toCloudEvent(message, AuditChain.GENESIS)
                                    .json()))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
