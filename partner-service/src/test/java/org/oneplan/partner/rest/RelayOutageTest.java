package org.oneplan.partner.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.oneplan.partner.rest.PartnerApi.asStaffAt;
import static org.oneplan.partner.rest.PartnerApi.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.Broker;
import org.oneplan.platform.testing.TopicReader;

/** The event store is the outbox: a broker outage delays publication, it never fails or loses a command. */
@QuarkusTest
class RelayOutageTest extends PartnerHttpTest {

    private static final String TOPIC = "oneplan.partner.events";

    @Inject
    EventStoreProbe store;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void commands_succeed_while_the_broker_is_down_and_every_stored_event_is_published_once_in_order_after()
            throws Exception {
        String id = register("MDA", "Moldova", "EAPC_PFP");
        await().atMost(Duration.ofSeconds(30)).until(this::everyStoredEventIsPublished);
        java.util.Set<String> before = storedIds();

        Broker.stop();
        try {
            asStaffAt(0)
                    .body(Map.of("framework", "PARTNERS_ACROSS_THE_GLOBE"))
                    .post("/partners/" + id + "/frameworks")
                    .then()
                    .statusCode(200);
            asStaffAt(1)
                    .body(Map.of("programme", "OCC"))
                    .post("/partners/" + id + "/programmes")
                    .then()
                    .statusCode(200);
            asStaffAt(2)
                    .body(Map.of("reason", "test of an outage"))
                    .post("/partners/" + id + "/suspension")
                    .then()
                    .statusCode(200);
            register("KAZ", "Kazakhstan", "EAPC_PFP");
            assertThat(store.rows(id)).hasSize(4);
        } finally {
            Broker.start();
        }

        await().atMost(Duration.ofSeconds(90)).until(this::everyStoredEventIsPublished);
        List<TopicReader.Published> records = published();
        java.util.Set<String> storedDuringOutage = storedIds();
        storedDuringOutage.removeAll(before);
        List<String> publishedSinceOutage = records.stream()
                .map(r -> r.event().getId())
                .filter(storedDuringOutage::contains)
                .toList();
        assertThat(storedDuringOutage).hasSize(4);
        assertThat(publishedSinceOutage)
                .as("each event stored during the outage, exactly once")
                .containsExactlyInAnyOrderElementsOf(storedDuringOutage);

        List<Long> moldovaSequences = records.stream()
                .filter(r -> id.equals(r.key()))
                .sorted(java.util.Comparator.comparingLong(TopicReader.Published::offset))
                .map(r -> Long.parseLong(r.event().getExtension("sequence").toString()))
                .toList();
        assertThat(moldovaSequences)
                .as("one aggregate's events in order on its partition")
                .containsExactly(0L, 1L, 2L, 3L);
    }

    private java.util.Set<String> storedIds() {
        return store.rows(null).stream()
                .map(EventStoreProbe.Row::eventId)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    private boolean everyStoredEventIsPublished() {
        return published().stream()
                .map(r -> r.event().getId())
                .collect(java.util.stream.Collectors.toSet())
                .containsAll(storedIds());
    }

    private List<TopicReader.Published> published() {
        return TopicReader.readAll(kafka, TOPIC);
    }
}
