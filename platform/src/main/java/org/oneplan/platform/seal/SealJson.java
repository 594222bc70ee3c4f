package org.oneplan.platform.seal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Optional;

/** Seals as the records of {@code oneplan.audit.seals}: JSON with the instant as ISO-8601 text. */
public final class SealJson {

    private static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private SealJson() {}

    public static byte[] write(ChainSeal seal) {
        try {
            return JSON.writeValueAsBytes(seal);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a seal", e);
        }
    }

    /** The seal a record holds; empty when it holds none that can be read. */
    public static Optional<ChainSeal> read(byte[] record) {
        try {
            return Optional.ofNullable(JSON.readValue(record, ChainSeal.class));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
