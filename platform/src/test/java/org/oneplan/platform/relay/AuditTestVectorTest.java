package org.oneplan.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * The test vector of README.md ({@code src/test/resources/audit/test-vector.json}): one published record,
 * its prevhash and its hash, for verifiers written in any language.
 */
class AuditTestVectorTest {

    /** The vector README.md publishes, checked without any OnePlan class: erdtman's JCS and SHA-256. */
    @Test
    void the_published_test_vector_verifies_with_an_independent_implementation() throws Exception {
        JsonNode vector;
        try (InputStream in = AuditTestVectorTest.class.getResourceAsStream("/audit/test-vector.json")) {
            vector = new ObjectMapper().readTree(in);
        }
        byte[] record = vector.get("record").asText().getBytes(StandardCharsets.UTF_8);
        String canonical = new JsonCanonicalizer(withoutHash(record)).getEncodedString();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(vector.get("prevhash").asText().getBytes(StandardCharsets.US_ASCII));
        sha256.update(canonical.getBytes(StandardCharsets.UTF_8));

        assertThat(canonical).isEqualTo(vector.get("canonical").asText());
        assertThat(HexFormat.of().formatHex(sha256.digest()))
                .isEqualTo(vector.get("hash").asText());
        assertThat(AuditChain.recompute(record)).isEqualTo(vector.get("hash").asText());
    }

    /** The record's text with its {@code hash} member cut out, every other byte as published. */
    private static String withoutHash(byte[] record) {
        String text = new String(record, StandardCharsets.UTF_8);
        String withoutHash = text.replaceFirst("\"hash\":\"[0-9a-f]{64}\",", "");
        assertThat(withoutHash).hasSize(text.length() - "\"hash\":\"\",".length() - 64);
        return withoutHash;
    }
}
