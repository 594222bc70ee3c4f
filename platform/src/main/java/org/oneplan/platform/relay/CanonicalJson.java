package org.oneplan.platform.relay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of a JSON value, so that a verifier in any language
 * recomputes the same bytes: no white space; object members sorted by their names' UTF-16 code units;
 * strings escaped as ECMAScript's JSON.stringify does (only {@code "}, {@code \} and control characters,
 * the latter as {@code \b \f \n \r \t} or lowercase {@code &#92;u00xx}); numbers in the ECMAScript form
 * of their IEEE-754 double value ({@link EcmaScriptNumbers}). Numbers beyond the double range have no
 * such form and are refused.
 *
 * <p>JCS reads every number as a double, so {@code 0.1} and {@code 0.10000000000000000001} share one
 * form. The audit chain must not let two different published values share a hash (its consumers read
 * decimals exactly), so it uses {@link #ofExactValues}, which also refuses any number whose written
 * decimal is not the value of its canonical form.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** The RFC 8785 form of a JSON text. */
    public static String of(byte[] json) {
        return of(ExactJson.parse(json));
    }

    /** The RFC 8785 form of a value as {@link ExactJson} reads it. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, false);
        return out.toString();
    }

    /** The RFC 8785 form of a value, refusing numbers that it would not render as the value written. */
    public static String ofExactValues(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, true);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, boolean exact) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof BigDecimal number) {
            out.append(number(number, exact));
        } else if (value instanceof Map<?, ?> members) {
            object(members, out, exact);
        } else if (value instanceof List<?> elements) {
            array(elements, out, exact);
        } else {
            throw new IllegalArgumentException(
                    "not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> members, StringBuilder out, boolean exact) {
        // String's natural order compares UTF-16 code units, as RFC 8785 section 3.2.3 asks.
        Map<String, Object> sorted = new TreeMap<>();
        members.forEach((name, value) -> sorted.put((String) name, value));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(member.getKey(), out);
            out.append(':');
            write(member.getValue(), out, exact);
        }
        out.append('}');
    }

    private static void array(List<?> elements, StringBuilder out, boolean exact) {
        out.append('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(elements.get(i), out, exact);
        }
        out.append(']');
    }

    /** RFC 8785 section 3.2.2.2. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00")
                                .append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** RFC 8785 section 3.2.2.3: the written decimal read as the nearest double, in ECMAScript form. */
    private static String number(BigDecimal written, boolean exact) {
        double value = Double.parseDouble(written.toString());
        if (Double.isInfinite(value)) {
            throw new NotCanonicalizableException(
                    "not I-JSON: the number " + written + " is beyond the range of an IEEE-754 double");
        }
        String canonical = EcmaScriptNumbers.toString(value);
        if (exact && new BigDecimal(canonical).compareTo(written) != 0) {
            throw new NotCanonicalizableException("the number " + written
                    + " has no exact IEEE-754 double form: its canonical form " + canonical
                    + " would be a different value");
        }
        return canonical;
    }
}
