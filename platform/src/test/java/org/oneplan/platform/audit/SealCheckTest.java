package org.oneplan.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.relay.AuditChain;
import org.oneplan.platform.seal.ChainSeal;
import org.oneplan.platform.seal.SealJson;
import org.oneplan.platform.seal.SealKey;

/** Seals catch what the hash chain alone cannot: a history rewritten consistently, and dropped seals. */
class SealCheckTest {

    private static final SealKey KEY = SealKey.generate();
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final List<byte[]> records = ChainVerifierTest.stream(7);

    @Test
    void a_sealed_stream_is_intact_and_reports_its_unsealed_tail() {
        List<ChainSeal> seals = sealsAt(records, 3, 5);

        ChainVerification verification = verify(records, seals, seals.get(1).sealHash());

        assertThat(verification.problems()).isEmpty();
        assertThat(verification.seal().seals()).isEqualTo(2);
        assertThat(verification.seal().sealedEvents()).isEqualTo(5);
        assertThat(verification.seal().unsealedTail()).isEqualTo(2);
        assertThat(verification.seal().keyId()).isEqualTo(KEY.keyId());
    }

    @Test
    void a_history_rewritten_consistently_after_sealing_is_caught_by_the_seal() {
        List<ChainSeal> seals = sealsAt(records, 5);
        List<byte[]> rewritten = ChainVerifierTest.stream(7, "forged note ");

        ChainVerification verification = verify(rewritten, seals, null);

        assertThat(ChainVerifier.verify("t", rewritten).intact()).isTrue();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problems())
                .anySatisfy(problem -> assertThat(problem).contains("does not match the chain"));
    }

    @Test
    void a_seal_signed_with_another_key_is_forged() {
        ChainSeal forged =
                ChainSeal.sign("test-service", "t", 3, head(records, 3), NOW, ChainSeal.GENESIS, SealKey.generate());

        ChainVerification verification = verify(records, List.of(forged), null);

        assertThat(verification.problems())
                .anySatisfy(problem -> assertThat(problem).contains("forged or altered"));
    }

    @Test
    void a_seal_whose_count_was_changed_is_altered() throws Exception {
        ChainSeal seal = sealsAt(records, 3).get(0);
        ObjectMapper json = new ObjectMapper();
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(SealJson.write(seal));
        node.put("events", 7);
        ChainSeal altered = SealJson.read(json.writeValueAsBytes(node)).orElseThrow();

        ChainVerification verification = verify(records, List.of(altered), null);

        assertThat(verification.problems())
                .anySatisfy(problem -> assertThat(problem).contains("forged or altered"));
    }

    @Test
    void a_seal_dropped_from_the_middle_of_the_seals_is_found() {
        List<ChainSeal> seals = sealsAt(records, 2, 4, 6);

        ChainVerification verification = verify(
                records, List.of(seals.get(0), seals.get(2)), seals.get(2).sealHash());

        assertThat(verification.problems())
                .anySatisfy(problem -> assertThat(problem).contains("follows a seal that is missing"));
    }

    @Test
    void the_last_seal_dropped_from_the_topic_is_found_from_the_services_record() {
        List<ChainSeal> seals = sealsAt(records, 2, 4);

        ChainVerification verification =
                verify(records, List.of(seals.get(0)), seals.get(1).sealHash());

        assertThat(verification.problems())
                .anySatisfy(problem -> assertThat(problem).contains("is not on the seals"));
    }

    private static ChainVerification verify(List<byte[]> stream, List<ChainSeal> seals, String lastMade) {
        return ChainVerifier.verify("t", stream, new SealCheck(seals, KEY.publicKeyBase64(), lastMade));
    }

    /** Seals over the stream after each of the given counts, chained, as the sealer makes them. */
    private static List<ChainSeal> sealsAt(List<byte[]> stream, int... counts) {
        List<ChainSeal> seals = new ArrayList<>();
        String previous = ChainSeal.GENESIS;
        for (int count : counts) {
            ChainSeal seal = ChainSeal.sign(
                    "test-service", "t", count, head(stream, count), NOW.plusSeconds(count), previous, KEY);
            seals.add(seal);
            previous = seal.sealHash();
        }
        return seals;
    }

    /** The hash of the {@code count}-th event of a stream made in order. */
    private static String head(List<byte[]> stream, int count) {
        return AuditChain.recompute(stream.get(count - 1));
    }
}
