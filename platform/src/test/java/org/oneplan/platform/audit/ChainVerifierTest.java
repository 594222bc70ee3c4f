package org.oneplan.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.relay.CloudEventFactory;

/** An inspector holding only the records can tell an intact stream from an altered, shortened or forked one. */
class ChainVerifierTest {

    @org.oneplan.contracts.DomainEvent(context = "test")
    record Noted(String text) {}

    @org.oneplan.contracts.DomainEvent(context = "test")
    record Measured(BigDecimal value) {}

    static List<byte[]> stream(int length) {
        return stream(length, "note ");
    }

    static List<byte[]> stream(int length, String text) {
        CloudEventFactory factory = new CloudEventFactory("/oneplan/test-service");
        String aggregate = UUID.randomUUID().toString();
        String previous = AuditChain.GENESIS;
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            var message = new GenericDomainEventMessage<>(
                    "Test", aggregate, i, new Noted(text + i), MetaData.from(Map.of("actor", "tester")));
            CloudEventFactory.Published published = factory.toCloudEvent(message, previous);
            records.add(published.json());
            previous = published.hash();
        }
        return records;
    }

    @Test
    void an_untouched_stream_is_intact_in_any_order_and_with_redelivered_records() {
        List<byte[]> records = new ArrayList<>(stream(5));
        records.add(records.get(2));
        Collections.shuffle(records);

        ChainVerification verification = ChainVerifier.verify("t", records);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.events()).isEqualTo(5);
        assertThat(verification.records()).isEqualTo(6);
        assertThat(verification.problems()).isEmpty();
    }

    @Test
    void an_altered_event_is_found() {
        List<byte[]> records = new ArrayList<>(stream(3));
        String tampered = new String(records.get(1), StandardCharsets.UTF_8).replace("note 1", "note X");
        records.set(1, tampered.getBytes(StandardCharsets.UTF_8));

        ChainVerification verification = ChainVerifier.verify("t", records);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.problems()).anyMatch(problem -> problem.contains("was altered"));
    }

    @Test
    void a_decimal_altered_in_a_digit_beyond_double_precision_is_found() {
        var message = new GenericDomainEventMessage<>(
                "Test", UUID.randomUUID().toString(), 0, new Measured(new BigDecimal("0.1")));
        byte[] published = new CloudEventFactory("/oneplan/test-service")
                .toCloudEvent(message, AuditChain.GENESIS)
                .json();
        String tampered = new String(published, StandardCharsets.UTF_8)
                .replace("\"value\":0.1", "\"value\":0.10000000000000000001");
        assertThat(tampered).isNotEqualTo(new String(published, StandardCharsets.UTF_8));

        ChainVerification verification = ChainVerifier.verify("t", List.of(tampered.getBytes(StandardCharsets.UTF_8)));

        assertThat(verification.intact()).isFalse();
        assertThat(verification.problems()).anyMatch(problem -> problem.contains("was altered"));
    }

    @Test
    void a_record_without_a_canonical_form_is_reported_as_altered() {
        List<byte[]> records = new ArrayList<>(stream(2));
        String duplicated =
                new String(records.get(1), StandardCharsets.UTF_8).replaceFirst("\\{", "{\"actor\":\"forger\",");
        records.set(1, duplicated.getBytes(StandardCharsets.UTF_8));

        ChainVerification verification = ChainVerifier.verify("t", records);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.problems()).anyMatch(problem -> problem.contains("occurs twice"));
    }

    @Test
    void a_dropped_event_breaks_the_chain() {
        List<byte[]> records = new ArrayList<>(stream(4));
        records.remove(1);

        ChainVerification verification = ChainVerifier.verify("t", records);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.events()).isEqualTo(1);
        assertThat(verification.problems()).anyMatch(problem -> problem.contains("predecessor"));
    }
}
