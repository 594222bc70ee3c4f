package org.oneplan.platform.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.oneplan.infra.JwtSigner;

/** Bearer tokens for the roles of OnePlan, signed with the key pair the test infrastructure made. */
public final class TestTokens {

    private TestTokens() {}

    public static String staff() {
        return token("staff-officer", "staff", null);
    }

    public static String admin() {
        return token("administrator", "admin", null);
    }

    public static String inspector() {
        return token("inspector", "inspector", null);
    }

    public static String ally(String nation) {
        return token("delegate-" + nation.toLowerCase(), "ally", nation);
    }

    public static String partner(String nation) {
        return token("delegate-" + nation.toLowerCase(), "partner", nation);
    }

    public static String token(String subject, String role, String nation) {
        return signer().token(subject, role, nation, "NATO_SECRET", Duration.ofHours(1));
    }

    /** Any claims, signed with the test issuer's key: for the tokens a service must refuse nonetheless. */
    public static String signed(String claimsJson) {
        return signer().signed(claimsJson);
    }

    private static JwtSigner signer() {
        try {
            return JwtSigner.inFolder(Path.of(System.getProperty(OnePlanInfrastructure.KEYS)));
        } catch (Exception e) {
            throw new IllegalStateException("no test keys: is OnePlanInfrastructure running?", e);
        }
    }
}
