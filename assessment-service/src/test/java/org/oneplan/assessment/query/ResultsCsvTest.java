package org.oneplan.assessment.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    @Test
    void one_row_per_indicator_and_period_after_a_header() {
        String csv = ResultsCsv.of(ResultsFramework.of(
                ResultsFixture.itpp("Deployable battalion"), List.of(ResultsFixture.approvedMidTerm())));

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 2 * 2);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ResultsCsv.HEADER));
        assertThat(lines.get(1))
                .startsWith(ResultsFixture.ITPP + ",GEO," + ResultsFixture.GOAL + ",Deployable battalion,")
                .endsWith(",MID_TERM," + ResultsFixture.ASSESSMENT + ",,40,12,28");
        assertThat(lines.get(2)).endsWith(",END_OF_CYCLE,,60,,,");
        assertThat(csv).endsWith("\r\n");
    }
}
