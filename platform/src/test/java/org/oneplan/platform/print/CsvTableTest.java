package org.oneplan.platform.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void cells_are_quoted_where_needed_and_never_read_as_formulas() {
        assertThat(CsvTable.cell("plain")).isEqualTo("plain");
        assertThat(CsvTable.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvTable.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvTable.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.cell("-12.5")).isEqualTo("-12.5");
        assertThat(CsvTable.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void a_header_then_one_line_per_row_each_ending_with_crlf() {
        assertThat(CsvTable.of(List.of("a", "b"), Stream.of(List.of("1", "x,y"), List.of("", "+1 tab"))))
                .isEqualTo("a,b\r\n1,\"x,y\"\r\n,'+1 tab\r\n");
    }
}
