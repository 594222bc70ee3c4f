package org.oneplan.audit.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oneplan.platform.relay.CanonicalJson;
import org.oneplan.platform.seal.SealKey;

/**
 * A topic exported for offline review: its records and the seals over them (JSON lines, bytes exact in
 * base64), the services' trusted keys, and a manifest with each file's SHA-256, signed by the inspector who
 * exported it. It verifies itself: the manifest's signature and digests, then the chain, seals and order
 * of the records, with no broker and no service.
 */
public final class Bundle {

    static final String RECORDS = "records.jsonl";
    static final String SEALS = "seals.jsonl";
    static final String KEYS = "keys.json";
    static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bundle() {}

    public static void write(
            Path folder,
            String topic,
            List<TopicRecord> records,
            List<TopicRecord> seals,
            TrustedKeys keys,
            SealKey inspector)
            throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(RECORDS), lines(records));
        Files.write(folder.resolve(SEALS), lines(seals));
        List<Map<String, String>> keyList = new ArrayList<>();
        keys.asMap().forEach((service, key) -> keyList.add(Map.of("service", service, "publicKey", key)));
        Files.write(folder.resolve(KEYS), JSON.writeValueAsBytes(keyList));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("topic", topic);
        manifest.put("records", String.valueOf(records.size()));
        manifest.put("exportedAt", Instant.now().toString());
        Map<String, Object> digests = new TreeMap<>();
        for (String file : List.of(RECORDS, SEALS, KEYS)) {
            digests.put(file, sha256(Files.readAllBytes(folder.resolve(file))));
        }
        manifest.put("sha256", digests);
        manifest.put("inspectorKeyId", inspector.keyId());
        manifest.put("inspectorPublicKey", inspector.publicKeyBase64());
        manifest.put("signature", inspector.sign(signed(manifest)));
        Files.write(
                folder.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    }

    /** Verifies a bundle from its files alone; the report's problems are empty when it is intact. */
    public static TopicInspection.Report verify(Path folder) throws IOException {
        Map<String, Object> manifest = JSON.readValue(folder.resolve(MANIFEST).toFile(), new TypeReference<>() {});
        List<String> problems = new ArrayList<>();
        String signature = (String) manifest.remove("signature");
        if (signature == null
                || !SealKey.verifies((String) manifest.get("inspectorPublicKey"), signed(manifest), signature)) {
            problems.add("the manifest's signature does not match: the manifest was changed after export");
        }
        Map<?, ?> digests = (Map<?, ?>) manifest.get("sha256");
        for (String file : List.of(RECORDS, SEALS, KEYS)) {
            if (digests == null
                    || !sha256(Files.readAllBytes(folder.resolve(file))).equals(digests.get(file))) {
                problems.add(file + " was changed after export: its SHA-256 is not the manifest's");
            }
        }
        String topic = (String) manifest.get("topic");
        TrustedKeys keys = TrustedKeys.read(List.of(folder.resolve(KEYS)));
        TopicInspection.Report report = TopicInspection.inspect(
                topic,
                read(folder.resolve(RECORDS)),
                read(folder.resolve(SEALS)),
                keys.forTopic(topic).orElse(null));
        problems.addAll(report.problems());
        return new TopicInspection.Report(topic, report.chain(), problems);
    }

    private static byte[] signed(Map<String, Object> manifest) {
        return CanonicalJson.of(manifest).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(List<TopicRecord> records) throws IOException {
        List<String> lines = new ArrayList<>();
        for (TopicRecord record : records) {
            lines.add(JSON.writeValueAsString(record.line()));
        }
        return lines;
    }

    private static List<TopicRecord> read(Path file) throws IOException {
        List<TopicRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                records.add(TopicRecord.of(JSON.readValue(line, Map.class)));
            }
        }
        return records;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
