package org.oneplan.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issues RS256 bearer tokens for local runs and tests, as an OIDC provider would in production. The key
 * pair is made on first use in a folder; the services verify with its public half.
 */
public final class JwtSigner {

    public static final String ISSUER = "https://oneplan.local/issuer";
    /** The audience every OnePlan service accepts (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "oneplan";

    private static final String PRIVATE_KEY = "jwt-private.pem";
    private static final String PUBLIC_KEY = "jwt-public.pem";

    private final PrivateKey privateKey;
    private final Path publicKey;

    private JwtSigner(PrivateKey privateKey, Path publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Uses the key pair in {@code folder}, making one if there is none. */
    public static JwtSigner inFolder(Path folder) throws IOException, GeneralSecurityException {
        Files.createDirectories(folder);
        Path privatePem = folder.resolve(PRIVATE_KEY);
        Path publicPem = folder.resolve(PUBLIC_KEY);
        if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        }
        String body =
                Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        return new JwtSigner(key, publicPem);
    }

    public Path publicKey() {
        return publicKey;
    }

    /** A token for {@code subject} with one role, an optional nation and a clearance, valid for {@code ttl}. */
    public String token(String subject, String role, String nation, String clearance, Duration ttl) {
        long now = Instant.now().getEpochSecond();
        StringBuilder claims = new StringBuilder("{")
                .append(field("iss", ISSUER))
                .append(',')
                .append(field("sub", subject))
                .append(',')
                .append(field("aud", AUDIENCE))
                .append(',')
                .append(field("upn", subject))
                .append(',')
                .append("\"groups\":[")
                .append(quote(role))
                .append("],")
                .append("\"iat\":")
                .append(now)
                .append(',')
                .append("\"exp\":")
                .append(now + ttl.toSeconds());
        if (nation != null) {
            claims.append(',').append(field("nation", nation));
        }
        if (clearance != null) {
            claims.append(',').append(field("clearance", clearance));
        }
        claims.append('}');
        return signed(claims.toString());
    }

    /**
     * Signs any claims as an RS256 token with this issuer's key: for tests of the tokens a service must
     * refuse although their signature is good (no expiry, another audience or issuer).
     */
    public String signed(String claimsJson) {
        String unsigned = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(claimsJson);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String field(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return List.of("-----BEGIN " + type + "-----", body, "-----END " + type + "-----", "").stream()
                .collect(Collectors.joining("\n"));
    }
}
