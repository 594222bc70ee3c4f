package org.oneplan.contracts.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-3 country code, upper case (e.g. {@code GEO}, {@code UKR}). */
public record NationCode(String value) {

    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public NationCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: " + value);
        }
    }

    @JsonCreator
    public static NationCode of(String value) {
        return new NationCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && ISO_ALPHA3.contains(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
