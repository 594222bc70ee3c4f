package org.oneplan.platform.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table as CSV (RFC 4180: comma-separated, CRLF line ends, a cell quoted when it holds a comma, quote or line
 * break, quotes doubled). A cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or
 * carriage return, and not a number) is prefixed with an apostrophe, so that opening an export runs nothing.
 * Every service's CSV export writes through it.
 */
public final class CsvTable {

    private CsvTable() {}

    /** The header line, then one line per row; every line ends with CRLF. */
    public static String of(List<String> header, Stream<List<String>> rows) {
        return Stream.concat(Stream.of(header), rows)
                .map(row -> row.stream().map(CsvTable::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    public static String cell(String value) {
        String safe =
                !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        boolean quoted =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
