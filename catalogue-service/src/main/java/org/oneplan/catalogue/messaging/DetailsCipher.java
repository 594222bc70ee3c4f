package org.oneplan.catalogue.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.oneplan.catalogue.api.ParticipantDetails;

/**
 * AES-256-GCM over a person's details as JSON: a fresh 96-bit IV per seal, the participant id as associated
 * data (a sealed text moved onto another participant does not open), base64 of IV and ciphertext.
 */
final class DetailsCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private DetailsCipher() {}

    static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every JVM", e);
        }
    }

    static String seal(byte[] key, String associated, ParticipantDetails details) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(details));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot seal a participant's details", e);
        }
    }

    static ParticipantDetails open(byte[] key, String associated, String sealedDetails) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedDetails);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(associated.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] clear = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return JSON.readValue(clear, ParticipantDetails.class);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException("a participant's sealed details do not open with their key", e);
        }
    }
}
