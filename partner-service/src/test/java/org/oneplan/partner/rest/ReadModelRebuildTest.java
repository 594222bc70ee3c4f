package org.oneplan.partner.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.oneplan.partner.rest.PartnerApi.as;
import static org.oneplan.partner.rest.PartnerApi.asStaff;
import static org.oneplan.partner.rest.PartnerApi.asStaffAt;
import static org.oneplan.partner.rest.PartnerApi.read;
import static org.oneplan.partner.rest.PartnerApi.register;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
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

/** Read models are idempotent and can be rebuilt from offset 0 with the same result. */
@QuarkusTest
class ReadModelRebuildTest extends PartnerHttpTest {

    private static final String TOPIC = "oneplan.partner.events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void a_redelivered_event_changes_nothing() throws Exception {
        String id = register("SRB", "Serbia", "EAPC_PFP");
        asStaffAt(0)
                .body(Map.of("reason", "test"))
                .post("/partners/" + id + "/suspension")
                .then()
                .statusCode(200);
        asStaffAt(1)
                .body(Map.of("reason", "test over"))
                .post("/partners/" + id + "/reinstatement")
                .then()
                .statusCode(200);
        read(TestTokens.staff(), id, 2).statusCode(200).body("status", equalTo("ACTIVE"));

        TopicReader.Published suspended = TopicReader.readAll(kafka, TOPIC).stream()
                .filter(r -> id.equals(r.key()) && r.event().getType().endsWith("PartnerSuspended.v1"))
                .findFirst()
                .orElseThrow();
        redeliver(suspended);
        // A marker after the duplicate on the same partition: once it is applied, the duplicate was seen too.
        asStaffAt(2)
                .body(Map.of("name", "Republic of Serbia", "membershipActionPlan", false))
                .put("/partners/" + id)
                .then()
                .statusCode(200);

        read(TestTokens.staff(), id, 3)
                .statusCode(200)
                .body("version", equalTo(3))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void rebuilding_the_directory_from_offset_0_gives_the_same_result() {
        String id = register("UZB", "Uzbekistan", "EAPC_PFP");
        asStaffAt(0)
                .body(Map.of("programme", "BI"))
                .post("/partners/" + id + "/programmes")
                .then()
                .statusCode(200);
        String before =
                read(TestTokens.staff(), id, 1).statusCode(200).extract().asString();
        String listBefore = asStaff()
                .queryParam("size", 200)
                .get("/partners")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        as(TestTokens.admin())
                .post("/admin/read-models/partner-directory/rebuilds")
                .then()
                .statusCode(202);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(asStaff()
                                .queryParam("size", 200)
                                .get("/partners")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString())
                        .isEqualTo(listBefore));
        assertThat(read(TestTokens.staff(), id, 1).statusCode(200).extract().asString())
                .isEqualTo(before);
    }

    @Test
    void only_an_administrator_may_rebuild_a_read_model() {
        asStaff().post("/admin/read-models/partner-directory/rebuilds").then().statusCode(403);
        as(TestTokens.admin())
                .post("/admin/read-models/no-such-model/rebuilds")
                .then()
                .statusCode(404);
    }

    private void redeliver(TopicReader.Published record) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, record.key(), record.raw()))
                    .get();
        }
    }
}
