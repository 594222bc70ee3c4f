package org.oneplan.partner.rest;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.audit.TopicSnapshot;
import org.oneplan.platform.config.KafkaClients;
import org.oneplan.platform.seal.ChainSeal;
import org.oneplan.platform.seal.ChainSealer;
import org.oneplan.platform.seal.SealJson;
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

    @Test
    void seals_the_published_chain_with_a_key_every_role_can_fetch_and_an_inspector_can_check_alone() {
        String id = register("TKM", "Turkmenistan seal test", "EAPC_PFP");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readAll(kafka, TOPIC).stream().anyMatch(r -> id.equals(r.key())));

        String publicKey = as(TestTokens.partner("GEO"))
                .get("/audit/keys")
                .then()
                .statusCode(200)
                .body("[0].service", equalTo("partner-service"))
                .body("[0].algorithm", equalTo("Ed25519"))
                .extract()
                .path("[0].publicKey");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(TestTokens.inspector())
                        .get("/audit/chain")
                        .then()
                        .body("seal.seals", greaterThanOrEqualTo(1))
                        .body("seal.sealedEvents", greaterThanOrEqualTo(1))
                        .body("problems.findAll { it.contains('seal') }", org.hamcrest.Matchers.empty()));

        List<ChainSeal> seals = TopicSnapshot.records(KafkaClients.to(kafka, "test"), ChainSealer.TOPIC).stream()
                .filter(record -> TOPIC.equals(record.key()))
                .map(record -> SealJson.read(record.value()).orElseThrow())
                .toList();
        assertThat(seals)
                .isNotEmpty()
                .allSatisfy(seal -> assertThat(seal.verifies(publicKey)).isTrue());
        assertThat(seals.get(0).previousSeal()).isEqualTo(ChainSeal.GENESIS);
        for (int i = 1; i < seals.size(); i++) {
            assertThat(seals.get(i).previousSeal()).isEqualTo(seals.get(i - 1).sealHash());
        }
    }
}
