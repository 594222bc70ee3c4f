package org.oneplan.platform.relay;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The text ECMAScript gives an IEEE-754 double (Number::toString, ECMA-262 section 6.1.6.1.20), which
 * RFC 8785 section 3.2.2.3 makes the canonical form of a JSON number: the shortest decimal that reads back
 * as the same double, in plain notation from 1e-6 up to 1e21, in exponent notation outside.
 *
 * <p>The shortest digits are searched with exact decimal arithmetic rather than taken from
 * {@link Double#toString(double)}, which before Java 19 sometimes gives more digits than needed.
 */
final class EcmaScriptNumbers {

    private static final int MAX_SIGNIFICANT_DIGITS = 17;
    private static final int PLAIN_UP_TO_EXPONENT = 21;
    private static final int PLAIN_DOWN_TO_EXPONENT = -6;

    private EcmaScriptNumbers() {}

    static String toString(double value) {
        if (!Double.isFinite(value)) {
            throw new NotCanonicalizableException(value + " is not a JSON number");
        }
        if (value == 0) {
            return "0"; // negative zero too
        }
        if (value < 0) {
            return "-" + toString(-value);
        }
        BigDecimal shortest = shortestReadingBackAs(value).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = digits x 10^(n - k)
        return layOut(digits, k, n);
    }

    /** The decimal of fewest significant digits that reads back as {@code value}, the nearest if two. */
    private static BigDecimal shortestReadingBackAs(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < MAX_SIGNIFICANT_DIGITS; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowReadsBack = readsBackAs(below, value);
            boolean aboveReadsBack = readsBackAs(above, value);
            if (belowReadsBack && aboveReadsBack) {
                return nearer(exact, below, above);
            }
            if (belowReadsBack) {
                return below;
            }
            if (aboveReadsBack) {
                return above;
            }
        }
        return exact.round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
    }

    private static boolean readsBackAs(BigDecimal candidate, double value) {
        return Double.parseDouble(candidate.toString()) == value;
    }

    /** ECMA-262: the candidate nearer the exact value; of two equally near, the one with an even last digit. */
    private static BigDecimal nearer(BigDecimal exact, BigDecimal below, BigDecimal above) {
        int comparison = exact.subtract(below).compareTo(above.subtract(exact));
        if (comparison != 0) {
            return comparison < 0 ? below : above;
        }
        BigInteger lastDigitOfBelow = below.unscaledValue().mod(BigInteger.TEN);
        return lastDigitOfBelow.testBit(0) ? above : below;
    }

    private static String layOut(String digits, int k, int n) {
        if (k <= n && n <= PLAIN_UP_TO_EXPONENT) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= PLAIN_UP_TO_EXPONENT) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (PLAIN_DOWN_TO_EXPONENT < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 < 0 ? "-" : "+") + Math.abs(n - 1);
        return k == 1 ? digits + "e" + exponent : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
    }
}
