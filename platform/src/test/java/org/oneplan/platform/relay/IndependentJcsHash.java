package org.oneplan.platform.relay;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The audit hash as an outside verifier computes it, sharing no code with the platform: Jackson (reading
 * decimals exactly) drops the {@code hash} member, Samuel Erdtman's RFC 8785 implementation canonicalises,
 * and the JDK's SHA-256 hashes {@code ascii(prevhash) || utf8(JCS(record without hash))}.
 */
final class IndependentJcsHash {

    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private IndependentJcsHash() {}

    static String canonicalWithoutHash(byte[] record) throws IOException {
        ObjectNode event = (ObjectNode) EXACT.readTree(record);
        event.remove("hash");
        return new JsonCanonicalizer(EXACT.writeValueAsBytes(event)).getEncodedString();
    }

    static String hash(byte[] record) throws IOException, NoSuchAlgorithmException {
        JsonNode event = EXACT.readTree(record);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(event.get("prevhash").asText().getBytes(StandardCharsets.US_ASCII));
        sha256.update(canonicalWithoutHash(record).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
