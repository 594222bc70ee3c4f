package org.oneplan.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.erdtman.jcs.JsonCanonicalizer;
import org.erdtman.jcs.NumberToJSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical form is RFC 8785's: its own examples, and agreement with an independent implementation. */
class CanonicalJsonTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ // RFC 8785 Appendix B
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"
    })
    void renders_the_number_samples_of_rfc_8785_appendix_b(String ieee754, String json) {
        assertThat(EcmaScriptNumbers.toString(Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16))))
                .isEqualTo(json);
    }

    @ParameterizedTest
    @CsvSource({"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
    void refuses_nan_and_infinity_as_rfc_8785_requires(String ieee754) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));

        assertThatThrownBy(() -> EcmaScriptNumbers.toString(value)).isInstanceOf(NotCanonicalizableException.class);
    }

    @Test
    void renders_any_double_as_an_independent_implementation_does() throws IOException {
        SplittableRandom random = new SplittableRandom(8785);
        for (int i = 0; i < 20_000; i++) {
            double value = i % 2 == 0
                    ? Double.longBitsToDouble(random.nextLong())
                    : random.nextDouble(-1e6, 1e6) / Math.pow(10, random.nextInt(0, 12));
            if (Double.isFinite(value)) {
                assertThat(EcmaScriptNumbers.toString(value))
                        .as("bits %016x", Double.doubleToRawLongBits(value))
                        .isEqualTo(NumberToJSON.serializeNumber(value));
            }
        }
    }

    @Test
    void canonicalises_the_example_of_rfc_8785_section_3_2_2() throws IOException {
        byte[] example = resource("/jcs/rfc8785-example.json");

        assertThat(CanonicalJson.of(example))
                .isEqualTo(new String(resource("/jcs/rfc8785-example.canonical.json"), StandardCharsets.UTF_8))
                .isEqualTo(new JsonCanonicalizer(example).getEncodedString());
    }

    @Test
    void escapes_the_string_of_rfc_8785_section_3_2_2_2_with_lowercase_hex() {
        String string = "\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\"";

        assertThat(CanonicalJson.of(string.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"");
    }

    @Test
    void sorts_members_by_utf16_code_units_as_rfc_8785_section_3_2_3() throws IOException {
        assertThat(CanonicalJson.of(resource("/jcs/rfc8785-sorting.json")))
                .isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void refuses_numbers_beyond_the_double_range_instead_of_hashing_them_as_text() {
        assertThatThrownBy(() -> CanonicalJson.of(json("{\"target\":1E+400}")))
                .isInstanceOf(NotCanonicalizableException.class)
                .hasMessageContaining("1E+400")
                .hasMessageContaining("beyond the range of an IEEE-754 double");
        assertThatThrownBy(() -> CanonicalJson.of(json("[-1e99999999999]")))
                .isInstanceOf(NotCanonicalizableException.class);
    }

    @Test
    void refuses_what_i_json_forbids_a_member_name_twice_and_a_lone_surrogate() {
        assertThatThrownBy(() -> CanonicalJson.of(json("{\"actor\":\"a\",\"actor\":\"b\"}")))
                .isInstanceOf(NotCanonicalizableException.class)
                .hasMessageContaining("\"actor\" occurs twice");
        assertThatThrownBy(() -> CanonicalJson.of(json("[\"\\ud800x\"]")))
                .isInstanceOf(NotCanonicalizableException.class)
                .hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> CanonicalJson.of(json("{\"a\":1} {}")))
                .isInstanceOf(NotCanonicalizableException.class);
        assertThatThrownBy(() -> CanonicalJson.of(json("[NaN]"))).isInstanceOf(NotCanonicalizableException.class);
    }

    @Test
    void for_the_audit_chain_accepts_only_numbers_whose_canonical_form_is_the_value_written() {
        assertThat(CanonicalJson.ofExactValues(ExactJson.parse(json("[2.50,1E+2,-0,0.1,1e21,5e-324]"))))
                .isEqualTo("[2.5,100,0,0.1,1e+21,5e-324]");
        for (String lossy : new String[] {"0.10000000000000000001", "9007199254740993", "1e-400", "1E+400"}) {
            assertThatThrownBy(() -> CanonicalJson.ofExactValues(ExactJson.parse(json("[" + lossy + "]"))))
                    .as(lossy)
                    .isInstanceOf(NotCanonicalizableException.class)
                    .hasMessageContaining(new BigDecimal(lossy).toString());
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CanonicalJsonTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
