package org.oneplan.audit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.oneplan.platform.seal.SealKey;

/** The inspector's own Ed25519 key that signs the bundles they export, made on first use. */
final class InspectorKey {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InspectorKey() {}

    static SealKey loadOrMake(Path file) throws IOException {
        if (Files.exists(file)) {
            Map<?, ?> stored = JSON.readValue(file.toFile(), Map.class);
            return SealKey.of(
                    Base64.getDecoder().decode((String) stored.get("privateKey")),
                    Base64.getDecoder().decode((String) stored.get("publicKey")));
        }
        SealKey made = SealKey.generate();
        Files.write(
                file,
                JSON.writeValueAsBytes(Map.of(
                        "privateKey", Base64.getEncoder().encodeToString(made.privateEncoded()),
                        "publicKey", made.publicKeyBase64())));
        return made;
    }
}
