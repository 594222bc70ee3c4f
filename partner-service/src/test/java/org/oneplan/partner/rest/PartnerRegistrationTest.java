package org.oneplan.partner.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.oneplan.partner.rest.PartnerApi.read;
import static org.oneplan.partner.rest.PartnerApi.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.testing.TestTokens;
import org.oneplan.platform.testing.TopicReader;

@QuarkusTest
class PartnerRegistrationTest extends PartnerHttpTest {

    private static final String TOPIC = "oneplan.partner.events";

    @Inject
    EventStoreProbe store;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void registered_partner_is_stored_published_as_a_cloud_event_projected_and_readable() throws Exception {
        String id = register("GEO", "Georgia", "EAPC_PFP");

        List<EventStoreProbe.Row> rows = store.rows(id);
        assertThat(rows)
                .extracting(EventStoreProbe.Row::payloadType)
                .containsExactly("org.oneplan.contracts.partner.PartnerRegisteredEvent");

        TopicReader.Published published = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> TopicReader.readAll(kafka, TOPIC).stream()
                                .filter(r -> id.equals(r.key()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        CloudEvent event = published.event();
        assertThat(event.getId()).isEqualTo(rows.get(0).eventId());
        assertThat(event.getType()).isEqualTo("org.oneplan.partner.PartnerRegistered.v1");
        assertThat(event.getSource().toString()).isEqualTo("/oneplan/partner-service");
        assertThat(event.getSubject()).isEqualTo(id);
        assertThat(event.getExtension("sequence").toString()).isEqualTo("0");
        assertThat(event.getExtension("aggregatetype")).isEqualTo("Partner");
        assertThat(event.getExtension("actor")).isEqualTo("staff-officer");
        assertThat(event.getExtension("actorrole")).isEqualTo("staff");
        assertThat(event.getExtension("correlationid")).isNotNull();
        assertThat(event.getExtension("causationid")).isNotNull();
        assertThat(event.getExtension("classification")).isEqualTo("NATO UNCLASSIFIED");
        JsonNode data = new ObjectMapper().readTree(event.getData().toBytes());
        assertThat(data.get("code").asText()).isEqualTo("GEO");
        assertThat(data.get("frameworks").get(0).asText()).isEqualTo("EAPC_PFP");
        assertThat(AuditChain.recompute(published.raw())).isEqualTo(event.getExtension("hash"));

        read(TestTokens.ally("NOR"), id, 0)
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("GEO"))
                .body("name", equalTo("Georgia"))
                .body("status", equalTo("ACTIVE"))
                .body("frameworks", contains("EAPC_PFP"));
    }
}
