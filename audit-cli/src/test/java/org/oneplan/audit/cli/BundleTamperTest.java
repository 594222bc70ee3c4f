package org.oneplan.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.relay.CloudEventFactory;
import org.oneplan.platform.seal.ChainSeal;
import org.oneplan.platform.seal.SealJson;
import org.oneplan.platform.seal.SealKey;

/** Each kind of tampering an inspector must catch from the records alone, named in the report. */
class BundleTamperTest {

    private static final String TOPIC = "oneplan.test.events";
    private static final SealKey SERVICE_KEY = SealKey.generate();

    @org.oneplan.contracts.DomainEvent(context = "test")
    record Noted(String text) {}

    @TempDir
    Path folder;

    private final List<TopicRecord> records = stream(6);
    private final List<String> ids = records.stream().map(BundleTamperTest::id).toList();

    @Test
    void an_untouched_export_verifies_and_the_tool_says_so_with_exit_status_0() throws Exception {
        export(records, seal(records, 6));

        assertThat(Bundle.verify(folder).problems()).isEmpty();
        assertThat(run("verify-bundle", folder.toString())).isEqualTo(0);
    }

    @Test
    void a_record_republished_with_a_changed_payload_is_named() throws Exception {
        List<TopicRecord> tampered = new ArrayList<>(records);
        TopicRecord original = records.get(2);
        tampered.add(new TopicRecord(
                0,
                99,
                original.key(),
                new String(original.value(), StandardCharsets.UTF_8)
                        .replace("note 2", "note X")
                        .getBytes(StandardCharsets.UTF_8)));
        export(tampered, seal(records, 6));

        assertThat(Bundle.verify(folder).problems())
                .anySatisfy(problem -> assertThat(problem).contains(ids.get(2)).contains("altered"));
        assertThat(run("verify-bundle", folder.toString())).isEqualTo(1);
    }

    @Test
    void a_dropped_record_breaks_the_chain_and_the_seal() throws Exception {
        List<TopicRecord> shortened = new ArrayList<>(records);
        shortened.remove(3);
        export(shortened, seal(records, 6));

        assertThat(Bundle.verify(folder).problems())
                .anySatisfy(problem -> assertThat(problem).contains(ids.get(4)).contains("does not link"))
                .anySatisfy(problem -> assertThat(problem).contains("covers 6 events"));
    }

    @Test
    void two_records_swapped_on_their_partition_are_named() throws Exception {
        List<TopicRecord> swapped = new ArrayList<>(records);
        TopicRecord second = records.get(1);
        TopicRecord third = records.get(2);
        swapped.set(1, new TopicRecord(0, second.offset(), third.key(), third.value()));
        swapped.set(2, new TopicRecord(0, third.offset(), second.key(), second.value()));
        export(swapped, seal(records, 6));

        assertThat(Bundle.verify(folder).problems())
                .anySatisfy(problem -> assertThat(problem).contains(ids.get(1)).contains("swapped"));
    }

    @Test
    void a_forged_seal_is_named() throws Exception {
        ChainSeal forged = ChainSeal.sign(
                "test-service",
                TOPIC,
                6,
                AuditChain.recompute(records.get(5).value()),
                Instant.now(),
                ChainSeal.GENESIS,
                SealKey.generate());
        export(records, List.of(new TopicRecord(0, 0, TOPIC, SealJson.write(forged))));

        assertThat(Bundle.verify(folder).problems())
                .anySatisfy(problem ->
                        assertThat(problem).contains(forged.sealHash()).contains("forged"));
    }

    @Test
    void a_bundle_file_or_manifest_changed_after_export_is_caught() throws Exception {
        export(records, seal(records, 6));
        Files.writeString(folder.resolve(Bundle.SEALS), "");

        assertThat(Bundle.verify(folder).problems())
                .anySatisfy(problem -> assertThat(problem).contains("seals.jsonl was changed"));

        export(records, seal(records, 6));
        Path manifest = folder.resolve(Bundle.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace(TOPIC, "oneplan.other.events"));

        assertThat(Bundle.verify(folder).problems())
                .anySatisfy(problem -> assertThat(problem).contains("manifest's signature"));
    }

    @Test
    void answers_a_usage_error_with_exit_status_2() throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(run("verify")).isEqualTo(2);
    }

    private void export(List<TopicRecord> topic, List<TopicRecord> seals) throws Exception {
        Bundle.write(
                folder,
                TOPIC,
                topic,
                seals,
                new TrustedKeys(Map.of("test-service", SERVICE_KEY.publicKeyBase64())),
                SealKey.generate());
    }

    private static int run(String... args) throws Exception {
        return Inspect.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static List<TopicRecord> seal(List<TopicRecord> stream, int events) {
        ChainSeal seal = ChainSeal.sign(
                "test-service",
                TOPIC,
                events,
                AuditChain.recompute(stream.get(events - 1).value()),
                Instant.parse("2026-11-28T12:00:00Z"),
                ChainSeal.GENESIS,
                SERVICE_KEY);
        return List.of(new TopicRecord(0, 0, TOPIC, SealJson.write(seal)));
    }

    /** A service's stream of {@code length} events of one aggregate on partition 0, chained as the relay does. */
    private static List<TopicRecord> stream(int length) {
        CloudEventFactory factory = new CloudEventFactory("/oneplan/test-service");
        String aggregate = UUID.randomUUID().toString();
        String previous = AuditChain.GENESIS;
        List<TopicRecord> records = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            var message = new GenericDomainEventMessage<>(
                    "Test", aggregate, i, new Noted("note " + i), MetaData.from(Map.of("actor", "tester")));
            CloudEventFactory.Published published = factory.toCloudEvent(message, previous);
            records.add(new TopicRecord(0, i, aggregate, published.json()));
            previous = published.hash();
        }
        return records;
    }

    private static String id(TopicRecord record) {
        String json = new String(record.value(), StandardCharsets.UTF_8);
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, json.indexOf('"', at));
    }
}
