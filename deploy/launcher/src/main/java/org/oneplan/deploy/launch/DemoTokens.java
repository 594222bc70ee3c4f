package org.oneplan.deploy.launch;

import java.time.Duration;
import org.oneplan.infra.JwtSigner;

/** Short-lived tokens the demo loaders act with, signed with the running system's key. */
final class DemoTokens {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private DemoTokens() {}

    /** The partner delegation of {@code nation}: the services check the token's nation against the record's. */
    static String partner(JwtSigner signer, String nation) {
        return signer.token("delegate." + nation.toLowerCase(), "partner", nation, "NATO_RESTRICTED", LIFETIME);
    }

    /** The Allied delegation of {@code nation}. */
    static String ally(JwtSigner signer, String nation) {
        return signer.token("delegate." + nation.toLowerCase(), "ally", nation, "NATO_SECRET", LIFETIME);
    }
}
