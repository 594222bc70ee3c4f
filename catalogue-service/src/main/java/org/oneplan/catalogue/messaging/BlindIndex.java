package org.oneplan.catalogue.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds a person a nation registered before without storing their email: HMAC-SHA-256 of the nation and the
 * normalised email under the service's secret. Kept beside the person's key and destroyed with it, never
 * published: without the secret it cannot be tested against a list of addresses.
 */
@ApplicationScoped
public class BlindIndex {

    private final byte[] secret;

    BlindIndex(
            @ConfigProperty(name = "catalogue.participants.blind-index-secret", defaultValue = "oneplan-dev-only")
                    String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String of(String nation, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String normalised = nation + "\n" + email.strip().toLowerCase(Locale.ROOT);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
