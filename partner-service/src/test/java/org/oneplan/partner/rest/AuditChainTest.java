package org.oneplan.partner.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.oneplan.partner.rest.PartnerApi.as;
import static org.oneplan.partner.rest.PartnerApi.register;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

/** An inspector verifies the published stream from the topic alone, and sees tampering. */
@QuarkusTest
class AuditChainTest extends PartnerHttpTest {

    private static final String TOPIC = "oneplan.partner.events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void the_published_stream_verifies_as_one_unbroken_chain_until_a_record_is_tampered_with() throws Exception {
        String id = register("TUR", "Türkiye test partner", "EAPC_PFP");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readAll(kafka, TOPIC).stream().anyMatch(r -> id.equals(r.key())));

        as(TestTokens.inspector())
                .get("/audit/chain")
                .then()
                .statusCode(200)
                .body("topic", equalTo(TOPIC))
                .body("intact", equalTo(true))
                .body("events", greaterThanOrEqualTo(1));
        as(TestTokens.staff()).get("/audit/chain").then().statusCode(403);

        TopicReader.Published original = TopicReader.readAll(kafka, TOPIC).stream()
                .filter(r -> id.equals(r.key()))
                .findFirst()
                .orElseThrow();
        String forged = new String(original.raw(), StandardCharsets.UTF_8).replace("Türkiye test partner", "Forged");
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, id, forged.getBytes(StandardCharsets.UTF_8)))
                    .get();
        }

        as(TestTokens.inspector())
                .get("/audit/chain")
                .then()
                .statusCode(200)
                .body("intact", equalTo(false))
                .body("problems", hasItem(containsString(original.event().getId())));
    }
}
