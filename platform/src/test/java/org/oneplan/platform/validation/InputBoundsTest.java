package org.oneplan.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform's bounds on text, dates and decimals, as any request record of a service uses them. */
class InputBoundsTest {

    record Sample(
            @PlainText(max = 10) String name,
            @PlainText(max = 100, multiline = true) String notes,
            @PlausibleDate LocalDate day,
            @PlausibleDate Instant moment,
            @BoundedDecimal BigDecimal amount) {}

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void accepts_ordinary_values_and_absent_ones() {
        assertThat(validator.validate(new Sample(
                        "Géo 🇬🇪",
                        "line one\nline two\ttab",
                        LocalDate.of(1949, 4, 4),
                        Instant.parse("2026-11-28T10:00:00Z"),
                        new BigDecimal("123456789012345.123456"))))
                .isEmpty();
        assertThat(validator.validate(new Sample(null, null, null, null, null))).isEmpty();
    }

    @Test
    void refuses_control_characters_broken_surrogates_and_overlong_text() {
        assertThat(invalid(new Sample("a\u0000b", null, null, null, null))).containsExactly("name");
        assertThat(invalid(new Sample("a\nb", null, null, null, null))).containsExactly("name");
        assertThat(invalid(new Sample("bad\uD800", null, null, null, null))).containsExactly("name");
        assertThat(invalid(new Sample("elevenchars", null, null, null, null))).containsExactly("name");
        assertThat(invalid(new Sample(null, "bell\u0007", null, null, null))).containsExactly("notes");
        assertThat(invalid(new Sample(null, "c1\u0085", null, null, null))).containsExactly("notes");
    }

    @Test
    void refuses_bidirectional_overrides_but_keeps_the_direction_marks_of_right_to_left_text() {
        assertThat(invalid(new Sample("txt\u202Egpj", null, null, null, null))).containsExactly("name");
        assertThat(invalid(new Sample("a\u2066b\u2069", null, null, null, null)))
                .containsExactly("name");
        assertThat(validator.validate(new Sample("\u0639\u0645\u0627\u0646\u200F", null, null, null, null)))
                .isEmpty();
    }

    @Test
    void refuses_dates_and_instants_outside_the_plausible_years() {
        assertThat(invalid(new Sample(null, null, LocalDate.of(1899, 12, 31), null, null)))
                .containsExactly("day");
        assertThat(invalid(new Sample(null, null, LocalDate.of(2200, 1, 1), null, null)))
                .containsExactly("day");
        assertThat(invalid(new Sample(null, null, null, Instant.parse("+1000000000-01-01T00:00:00Z"), null)))
                .containsExactly("moment");
        assertThat(invalid(new Sample(
                        null, null, LocalDate.of(2199, 12, 31), Instant.parse("1900-01-01T00:00:00Z"), null)))
                .isEmpty();
    }

    @Test
    void refuses_decimals_no_consumer_holds_exactly() {
        assertThat(invalid(new Sample(null, null, null, null, new BigDecimal("1E+400"))))
                .containsExactly("amount");
        assertThat(invalid(new Sample(null, null, null, null, new BigDecimal("1000000000000000"))))
                .containsExactly("amount");
        assertThat(invalid(new Sample(null, null, null, null, new BigDecimal("0.0000001"))))
                .containsExactly("amount");
        assertThat(invalid(new Sample(null, null, null, null, new BigDecimal("1E-400000000"))))
                .containsExactly("amount");
        assertThat(invalid(new Sample(null, null, null, null, new BigDecimal("2.500000000"))))
                .isEmpty();
        assertThat(invalid(new Sample(null, null, null, null, new BigDecimal("-1E+2"))))
                .isEmpty();
    }

    private static java.util.List<String> invalid(Sample sample) {
        return validator.validate(sample).stream()
                .map(violation -> violation.getPropertyPath().toString())
                .toList();
    }
}
